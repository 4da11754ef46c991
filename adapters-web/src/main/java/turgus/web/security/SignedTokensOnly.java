package turgus.web.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * Refuses to start a server that would issue or accept unsigned tokens. Micronaut Security signs
 * nothing and accepts {@code alg: none} when no signature is configured; this check makes a
 * wiring mistake a failed start instead of an open door.
 */
@Context
public class SignedTokensOnly {
    public SignedTokensOnly(
            List<SignatureConfiguration> verifiers,
            @Named(SecurityWiring.GENERATOR) Optional<SignatureGeneratorConfiguration> signer) {
        if (verifiers.isEmpty() || signer.isEmpty()) {
            throw new IllegalStateException("Access tokens must be signed, but no signing secret is configured");
        }
    }
}
