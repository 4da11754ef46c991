package turgus.application.audit.port.out;

import java.time.Instant;
import java.util.Optional;
import turgus.domain.account.UserId;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.FieldValidation;
import turgus.domain.shared.InvalidValueException;

/**
 * Which entries of the event log to list: each part narrows the list when present. The time range
 * takes {@code from} inclusive and {@code to} exclusive.
 */
public record EventFilter(
        Optional<AuditEventType> type,
        Optional<UserId> subject,
        Optional<UserId> actor,
        Optional<Instant> from,
        Optional<Instant> to) {

    public static final EventFilter ALL =
            new EventFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Reads the filter as the API takes it; an unknown type or a range that ends before it begins is refused. */
    public static EventFilter of(String type, Long subjectId, Long actorId, Instant from, Instant to) {
        FieldValidation validation = new FieldValidation();
        AuditEventType checkedType = validation.checkIfPresent(type, EventFilter::type);
        UserId subject = validation.checkIfPresent(subjectId, id -> userId("userId", id));
        UserId actor = validation.checkIfPresent(actorId, id -> userId("actorId", id));
        if (from != null && to != null && !to.isAfter(from)) {
            validation.reject("to", FieldRule.NOT_AFTER, "other", "from");
        }
        validation.throwIfInvalid();
        return new EventFilter(
                Optional.ofNullable(checkedType),
                Optional.ofNullable(subject),
                Optional.ofNullable(actor),
                Optional.ofNullable(from),
                Optional.ofNullable(to));
    }

    private static AuditEventType type(String name) {
        try {
            return AuditEventType.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException("type", FieldRule.UNKNOWN_EVENT_TYPE);
        }
    }

    private static UserId userId(String field, long id) {
        if (id < 1) {
            throw new InvalidValueException(field, FieldRule.TOO_SMALL, "min", 1);
        }
        return UserId.of(id);
    }
}
