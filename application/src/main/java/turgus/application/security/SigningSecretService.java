package turgus.application.security;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import turgus.application.security.port.in.SigningSecretQuery;
import turgus.application.security.port.out.RandomSecrets;
import turgus.application.security.port.out.SecretStore;

/**
 * Tokens must never go unsigned: a configured secret shorter than 32 bytes is refused at start, and
 * without one a random secret is generated once and kept in the database for every instance.
 */
@Singleton
public final class SigningSecretService implements SigningSecretQuery {
    static final String NAME = "jwt-signing-secret";

    private final SecretStore store;
    private final RandomSecrets random;

    public SigningSecretService(SecretStore store, RandomSecrets random) {
        this.store = Objects.requireNonNull(store, "store");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public String signingSecret(Optional<String> configured) {
        Optional<String> given = configured.filter(secret -> !secret.isBlank());
        if (given.isPresent()) {
            if (given.get().getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
                throw new IllegalStateException("SHOP_JWT_SECRET must be at least " + MIN_BYTES + " bytes long");
            }
            return given.get();
        }
        return store.getOrCreate(NAME, () -> random.token(48));
    }
}
