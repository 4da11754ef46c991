package turgus.application.account.port.in;

import java.util.Optional;

/** Makes sure the shop has an admin on its first start. */
public interface BootstrapAdminUseCase {
    /**
     * Creates the first admin when there is none: with the configured email and password, or
     * with a generated password that is answered once so that it can be shown to the operator.
     */
    AdminBootstrap ensureAdmin(Optional<String> email, Optional<String> password);

    /** What happened: nothing (an admin existed), or which admin was created. */
    record AdminBootstrap(boolean created, String email, Optional<String> generatedPassword) {
        @Override
        public String toString() {
            return "AdminBootstrap[created=" + created + ", email=" + email + "]";
        }
    }
}
