package turgus.web.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import java.util.Optional;
import turgus.application.security.port.in.SigningSecretQuery;

/**
 * The secret that signs and verifies access tokens (HS256). It always exists: the configured
 * {@code shop.jwt-secret} (at least 32 bytes) or one generated once and kept in the database, so
 * that every instance signs alike. Because a signature is always configured, a token without one
 * ({@code alg: none}) can never pass; {@link SignedTokensOnly} refuses to start otherwise.
 *
 * <p>The bean is declared as the {@link SignatureGeneratorConfiguration} interface on purpose: a
 * factory method returning {@link SecretSignatureConfiguration} inherits that class's
 * {@code @EachProperty} and silently produces no bean unless the secret is in the configuration
 * files.
 */
@Factory
public class SecurityWiring {
    public static final String GENERATOR = "generator";

    /** Created with the context, so that a too short secret stops the start, not the first login. */
    @Context
    @Named(GENERATOR)
    public SignatureGeneratorConfiguration tokenSignature(
            SigningSecretQuery secrets, @Nullable @Value("${shop.jwt-secret:}") String configured) {
        SecretSignatureConfiguration settings = new SecretSignatureConfiguration(GENERATOR);
        settings.setJwsAlgorithm(JWSAlgorithm.HS256);
        settings.setSecret(secrets.signingSecret(Optional.ofNullable(configured)));
        return new SecretSignature(settings);
    }
}
