package turgus.application.account.port.out;

import turgus.domain.account.registration.ConfirmationCode;

/** Where registration codes come from: a secure random source in production. */
public interface ConfirmationCodeSource {
    ConfirmationCode next();
}
