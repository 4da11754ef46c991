package turgus.web;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Starts the shop: API, single-page app, docs, health and metrics on one port. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Turgus",
                        version = "1.0",
                        description = "The REST API of the Turgus web shop. Every answer that is not a success has the"
                                + " body {code, message, errors?, retryAfterSeconds?, errorId?}."))
@SecurityScheme(name = Application.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {
    public static final String BEARER = "bearerAuth";

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
