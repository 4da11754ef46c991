package turgus.application.account.port.out;

import java.time.Instant;
import java.util.Optional;
import turgus.domain.account.Email;
import turgus.domain.account.registration.PendingRegistration;

/**
 * Registrations waiting for their emailed code, one per email. Every change that depends on the
 * registration's state is one conditional statement, named by the code hash it was read with, so
 * that a registration replaced in the meantime (a newer code) is never touched by an older request.
 */
public interface PendingRegistrationRepository {
    /** Stores the registration, replacing any pending one for the same email. */
    void save(PendingRegistration registration);

    Optional<PendingRegistration> find(Email email);

    /**
     * Counts one more wrong code, only while the registration still holds {@code codeHash} and is not
     * void: racing wrong codes are each counted, and never more than the registration allows.
     *
     * @return whether this call counted
     */
    boolean recordWrongCode(Email email, String codeHash);

    /**
     * Takes the registration away for confirmation, only while it still holds {@code codeHash}, is not
     * void and has not expired at {@code now}: of racing confirmations, exactly one gets it. Run it in
     * the unit of work that opens the account, so that both happen or neither.
     *
     * @return whether this call took it
     */
    boolean claim(Email email, String codeHash, Instant now);

    /** Deletes the registration if it still holds {@code codeHash} (a void one, say). */
    void delete(Email email, String codeHash);

    /** Deletes every registration that expired at or before {@code now} or was voided by wrong codes. */
    int deleteExpired(Instant now);
}
