package turgus.application.account;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import turgus.application.account.port.out.ConfirmationCodeSource;
import turgus.domain.account.registration.ConfirmationCode;

/** Codes drawn from {@link SecureRandom}: every code equally likely, none predictable. */
@Singleton
public final class SecureConfirmationCodeSource implements ConfirmationCodeSource {
    private final SecureRandom random = new SecureRandom();

    @Override
    public ConfirmationCode next() {
        return ConfirmationCode.draw(random);
    }
}
