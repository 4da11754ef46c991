package turgus.application.account.port.in;

import java.util.Objects;
import turgus.domain.account.Email;
import turgus.domain.account.registration.ConfirmationCode;
import turgus.domain.shared.FieldValidation;

/** The code typed for a registration, and the email it was mailed to. */
public record ConfirmRegistrationCommand(Email email, ConfirmationCode code, String ip) {
    public ConfirmRegistrationCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(code, "code");
        ip = Texts.cut(ip, Texts.MAX_IP_LENGTH);
    }

    /** Reads the form as typed; every wrong field is reported at once. */
    public static ConfirmRegistrationCommand of(String email, String code, String ip) {
        FieldValidation validation = new FieldValidation();
        Email address = validation.check(() -> Email.of(email));
        ConfirmationCode typed = validation.check(() -> ConfirmationCode.parse(code));
        validation.throwIfInvalid();
        return new ConfirmRegistrationCommand(address, typed, ip);
    }
}
