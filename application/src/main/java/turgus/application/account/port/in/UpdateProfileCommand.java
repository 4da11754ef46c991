package turgus.application.account.port.in;

import java.util.Objects;
import java.util.Optional;
import turgus.domain.account.Email;
import turgus.domain.account.FullName;
import turgus.domain.account.PhoneFormat;
import turgus.domain.account.PhoneNumber;
import turgus.domain.shared.FieldValidation;

/**
 * A change of a person's own profile: any of full name, email and phone, each null when unchanged.
 * Nothing else about an account can be changed this way.
 */
public record UpdateProfileCommand(
        turgus.domain.account.UserId userId, String fullName, String email, String phone, String ip) {
    public UpdateProfileCommand {
        Objects.requireNonNull(userId, "userId");
        ip = Texts.cut(ip, Texts.MAX_IP_LENGTH);
    }

    /**
     * The changes, normalised; a field that is given must be valid.
     *
     * @throws turgus.domain.shared.InvalidValueException naming every wrong field at once
     */
    public Changes validate(PhoneFormat phoneFormat) {
        Objects.requireNonNull(phoneFormat, "phoneFormat");
        FieldValidation validation = new FieldValidation();
        FullName name = validation.checkIfPresent(fullName, FullName::new);
        Email address = validation.checkIfPresent(email, Email::of);
        PhoneNumber number = validation.checkIfPresent(phone, phoneFormat::parse);
        validation.throwIfInvalid();
        return new Changes(Optional.ofNullable(name), Optional.ofNullable(address), Optional.ofNullable(number));
    }

    /** The valid changes; an empty one leaves the field as it is. */
    public record Changes(Optional<FullName> fullName, Optional<Email> email, Optional<PhoneNumber> phone) {}
}
