package turgus.domain.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.shared.FieldError;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/**
 * An admin's block of an account: until when (or for good), the reason admins read, and the category
 * the blocked person is told. A block with an end lifts by itself at that instant.
 *
 * @param until the instant the block lifts, or null for a block for good
 * @param reason free text for admins, 1 to {@value #MAX_REASON_LENGTH} characters
 * @param category what the blocked person is told
 */
public record Block(Instant until, String reason, BlockCategory category) {
    public static final int MAX_REASON_LENGTH = 500;

    public Block {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(category, "category");
    }

    /**
     * A new block asked for at {@code now}: the reason is required (trimmed, at most {@value
     * #MAX_REASON_LENGTH} characters), an end must lie in the future, the category defaults to {@link
     * BlockCategory#OTHER}.
     *
     * @throws InvalidValueException naming {@code reason} and {@code until}, each with its problem
     */
    public static Block of(Instant until, String reason, BlockCategory category, Instant now) {
        Objects.requireNonNull(now, "now");
        String text = reason == null ? "" : reason.strip();
        List<FieldError> errors = new ArrayList<>();
        if (text.isEmpty()) {
            errors.add(FieldError.of("reason", FieldRule.REQUIRED));
        } else if (text.length() > MAX_REASON_LENGTH) {
            errors.add(FieldError.of("reason", FieldRule.TOO_LONG, "max", MAX_REASON_LENGTH));
        }
        if (until != null && !until.isAfter(now)) {
            errors.add(FieldError.of("until", FieldRule.NOT_IN_FUTURE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidValueException(errors);
        }
        return new Block(until, text, category == null ? BlockCategory.OTHER : category);
    }

    /** Whether the block has lifted by itself at {@code now}: it had an end, and the end has come. */
    public boolean hasEndedAt(Instant now) {
        Objects.requireNonNull(now, "now");
        return until != null && !now.isBefore(until);
    }

    public Optional<Instant> end() {
        return Optional.ofNullable(until);
    }
}
