package turgus.domain.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A normal "no" to a request: the one parent of every refusal of the shop, so that the web adapter
 * maps them all in one place. It carries data, not prose: a {@link RefusalReason} and the values a
 * client needs to explain it ({@link #details()}: plain numbers, text and booleans, keyed by
 * camelCase names). The sentence a user reads is written by the adapter from these; {@link
 * #getMessage()} is for developers and logs.
 *
 * <p>It lives in the domain because the domain's own refusals ({@code InsufficientStock}, {@code
 * InsufficientBalance}, {@code AlreadyRefunded}, {@code ProductNotInCart}) cannot depend on the
 * application; the application's refusals extend it too.
 */
public abstract class Refusal extends RuntimeException {
    private final RefusalReason reason;
    private final transient Map<String, Object> details;

    protected Refusal(RefusalReason reason, Map<String, ?> details, String logMessage) {
        super(logMessage);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    protected Refusal(RefusalReason reason, String logMessage) {
        this(reason, Map.of(), logMessage);
    }

    /** The stable code of this refusal. */
    public RefusalReason reason() {
        return reason;
    }

    /** The values that explain this refusal, in a fixed order; empty when the reason says it all. */
    public Map<String, Object> details() {
        return details;
    }

    /** Builds details in the order given, which is the order clients see. */
    protected static Map<String, Object> details(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Details come in name/value pairs");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            details.put((String) namesAndValues[i], Objects.requireNonNull(namesAndValues[i + 1]));
        }
        return details;
    }
}
