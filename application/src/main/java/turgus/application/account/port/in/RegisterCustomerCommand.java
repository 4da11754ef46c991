package turgus.application.account.port.in;

import java.util.Objects;
import turgus.domain.account.Email;
import turgus.domain.account.FullName;
import turgus.domain.account.PhoneFormat;
import turgus.domain.account.PhoneNumber;
import turgus.domain.account.password.PasswordPolicy;
import turgus.domain.shared.FieldValidation;

/**
 * A registration form as typed. {@link #validate} checks it against the shop's configured phone
 * pattern and password policy and reports every mistake at once.
 */
public record RegisterCustomerCommand(
        String fullName, String email, String phone, String password, String passwordConfirmation, String ip) {
    public static final String PASSWORD = "password";
    public static final String PASSWORD_CONFIRMATION = "passwordConfirmation";

    public RegisterCustomerCommand {
        fullName = fullName == null ? "" : fullName;
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
        password = password == null ? "" : password;
        passwordConfirmation = passwordConfirmation == null ? "" : passwordConfirmation;
        ip = Texts.cut(ip, Texts.MAX_IP_LENGTH);
    }

    /**
     * The form's values, normalised (email lower-cased and trimmed, phone without separators).
     *
     * @throws turgus.domain.shared.InvalidValueException naming every wrong field
     */
    public Registration validate(PhoneFormat phoneFormat, PasswordPolicy policy) {
        Objects.requireNonNull(phoneFormat, "phoneFormat");
        Objects.requireNonNull(policy, "policy");
        FieldValidation validation = new FieldValidation();
        FullName name = validation.check(() -> new FullName(fullName));
        Email address = validation.check(() -> Email.of(email));
        PhoneNumber number = validation.check(() -> phoneFormat.parse(phone));
        policy.check(password, PASSWORD, passwordConfirmation, PASSWORD_CONFIRMATION)
                .reportTo(validation);
        validation.throwIfInvalid();
        return new Registration(name, address, number, password);
    }

    @Override
    public String toString() {
        return "RegisterCustomerCommand[email=" + email + ", passwords=<hidden>]";
    }

    /** A registration form that passed every rule. */
    public record Registration(FullName fullName, Email email, PhoneNumber phone, String password) {
        @Override
        public String toString() {
            return "Registration[email=" + email + "]";
        }
    }
}
