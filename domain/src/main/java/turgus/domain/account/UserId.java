package turgus.domain.account;

/** The identity of an account. */
public record UserId(long value) {
    public UserId {
        if (value < 1) {
            throw new IllegalArgumentException("A user id is positive: " + value);
        }
    }

    public static UserId of(long value) {
        return new UserId(value);
    }
}
