package turgus.web.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import turgus.application.account.port.in.SignedIn;
import turgus.domain.account.Role;

/**
 * Issues the short-lived access token of a session: subject the user id, plus its roles, the
 * session id ({@code sid}) and the email, signed with the shop's secret.
 */
@Singleton
public class AccessTokens {
    private final TokenGenerator generator;
    private final AccessTokenConfiguration configuration;

    public AccessTokens(TokenGenerator generator, AccessTokenConfiguration configuration) {
        this.generator = generator;
        this.configuration = configuration;
    }

    public String issue(SignedIn session) {
        Authentication authentication = Authentication.build(
                String.valueOf(session.userId().value()),
                roleNames(session),
                Map.of(
                        CurrentUser.SESSION_CLAIM, session.sessionId(),
                        CurrentUser.EMAIL_CLAIM, session.email().value()));
        return generator
                .generateToken(authentication, configuration.getExpiration())
                .orElseThrow(() -> new IllegalStateException("No access token could be signed"));
    }

    /** The answer of a login or a refresh: a new access token and the session's refresh token. */
    public LoginResponse pair(SignedIn session) {
        return new LoginResponse(
                issue(session),
                session.refreshToken(),
                "Bearer",
                lifetimeSeconds(),
                session.email().value(),
                roleNames(session));
    }

    public int lifetimeSeconds() {
        return configuration.getExpiration();
    }

    public static List<String> roleNames(SignedIn session) {
        return session.roles().stream().sorted().map(Role::name).toList();
    }
}
