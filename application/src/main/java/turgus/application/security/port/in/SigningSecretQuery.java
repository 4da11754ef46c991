package turgus.application.security.port.in;

import java.util.Optional;

/** The secret that signs access tokens. */
public interface SigningSecretQuery {
    int MIN_BYTES = 32;

    /** The configured secret when there is one (at least 32 bytes), else the stored one. */
    String signingSecret(Optional<String> configured);
}
