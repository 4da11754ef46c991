package turgus.web;

import io.micronaut.context.annotation.Import;

/**
 * Makes the application's services beans. They are plain Java marked only with the standard
 * {@code @jakarta.inject.Singleton}, and their module has no framework; this import lets the web
 * adapter's annotation processor write their bean definitions from the compiled classes, so no
 * constructor is repeated by hand. Each service is then reached through its inbound ports
 * ({@code ArchitectureSpec} keeps the adapters off the service classes), and a new service needs
 * only its annotation, plus its package here if the package is new ({@code ApplicationServicesSpec}
 * fails otherwise).
 */
@Import(
        packages = {
            "turgus.application.account",
            "turgus.application.audit",
            "turgus.application.availability",
            "turgus.application.backup",
            "turgus.application.cart",
            "turgus.application.catalog",
            "turgus.application.discount",
            "turgus.application.idempotency",
            "turgus.application.ledger",
            "turgus.application.loyalty",
            "turgus.application.mail",
            "turgus.application.order",
            "turgus.application.security",
            "turgus.application.stats"
        })
final class ApplicationServices {
    private ApplicationServices() {}
}
