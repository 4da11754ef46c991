package turgus.domain.account.registration

import java.time.Duration
import java.time.Instant
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber

/**
 * Test data for registrations awaiting their code. The code hash is {@code hash:} and the code, so
 * that {@link #typed} can stand in for the hashing adapter.
 */
class PendingRegistrationFixtures {
    public static final Instant CREATED = Instant.parse('2026-11-22T10:00:00Z')
    public static final String RIGHT_CODE = '123456'

    static PendingRegistrationBuilder aPendingRegistration() {
        new PendingRegistrationBuilder()
    }

    /** Whether {@code code}, as typed, matches a stored code hash. */
    static Closure<Boolean> typed(String code) {
        return { String codeHash -> codeHash == "hash:$code".toString() }
    }

    static class PendingRegistrationBuilder {
        private String email = 'ann@example.com'
        private String phone = '+79001234567'
        private String fullName = 'Ann Lee'
        private String code = RIGHT_CODE
        private Instant createdAt = CREATED
        private Duration validity = PendingRegistration.DEFAULT_VALIDITY

        PendingRegistrationBuilder withCode(String value) { code = value; this }
        PendingRegistrationBuilder createdAt(Instant value) { createdAt = value; this }
        PendingRegistrationBuilder validFor(Duration value) { validity = value; this }

        PendingRegistration build() {
            PendingRegistration.start(Email.of(email), new PhoneNumber(phone), new FullName(fullName),
                    '$2a$10$passwordhashpasswordhashpasswordhashpasswordhashpa', "hash:$code".toString(),
                    createdAt, validity)
        }
    }
}
