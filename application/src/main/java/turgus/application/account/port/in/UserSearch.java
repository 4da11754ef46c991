package turgus.application.account.port.in;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.account.Role;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/**
 * What the admins' user list shows: the accounts whose name, email or phone contain {@code text} (any
 * case; the digits of a phone number match however it was typed), of one status and one role if
 * given, in one order.
 *
 * @param text the words typed, trimmed; null for every account
 * @param phone the digits to find in phone numbers: those of {@code text}, or of the whole number
 *     it dials ({@link #dialling}); null when it has none
 * @param status null for any status
 * @param role null for any role
 */
public record UserSearch(String text, String phone, Status status, Role role, Sort sort) {
    public static final int MAX_TEXT_LENGTH = 200;

    public UserSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidValueException("q", FieldRule.TOO_LONG, "max", MAX_TEXT_LENGTH);
        }
        Objects.requireNonNull(sort, "sort");
        phone = phone == null || phone.isEmpty() ? null : phone;
    }

    /** Reads the query parameters {@code q}, {@code status}, {@code role} and {@code sort}; a bad value names its parameter. */
    public static UserSearch of(String q, String status, String role, String sort) {
        return new UserSearch(
                q,
                q == null ? null : q.replaceAll("\\D", ""),
                blank(status) ? null : Status.parse(status),
                blank(role) ? null : parseRole(role),
                blank(sort) ? Sort.NEWEST : Sort.parse(sort));
    }

    /** The digits to find in phone numbers; empty when there are none. */
    public Optional<String> phoneDigits() {
        return Optional.ofNullable(phone);
    }

    /**
     * This search, with {@code number} (a whole phone number as the shop stores it, read from the text
     * typed as it would be dialled) giving the digits to find in phone numbers.
     */
    public UserSearch dialling(String number) {
        return new UserSearch(text, number.replaceAll("\\D", ""), status, role, sort);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Role parseRole(String value) {
        try {
            return Role.valueOf(value.strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException("role", FieldRule.NOT_ONE_OF, "allowed", "CUSTOMER, ADMIN");
        }
    }

    /** Which accounts by their state: the status itself, or a lockout in force now. */
    public enum Status {
        ACTIVE,
        BLOCKED,
        DEACTIVATED,
        /** Locked out now after failed logins, whatever the status. */
        LOCKED;

        static Status parse(String value) {
            try {
                return valueOf(value.strip());
            } catch (IllegalArgumentException unknown) {
                throw new InvalidValueException(
                        "status", FieldRule.NOT_ONE_OF, "allowed", "ACTIVE, BLOCKED, DEACTIVATED, LOCKED");
            }
        }
    }

    /** The orders of the list, by their names in the API. */
    public enum Sort {
        NAME("name"),
        EMAIL("email"),
        OLDEST("createdAt"),
        NEWEST("-createdAt"),
        LAST_LOGIN("lastLoginAt"),
        LAST_LOGIN_DESC("-lastLoginAt"),
        BALANCE("balance"),
        BALANCE_DESC("-balance"),
        TOTAL_SPENT("totalSpent"),
        TOTAL_SPENT_DESC("-totalSpent");

        private final String wireName;

        Sort(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        static Sort parse(String value) {
            String name = value.strip();
            return Arrays.stream(values())
                    .filter(sort -> sort.wireName.equals(name))
                    .findFirst()
                    .orElseThrow(() -> new InvalidValueException(
                            "sort",
                            FieldRule.NOT_ONE_OF,
                            "allowed",
                            String.join(
                                    ", ",
                                    Arrays.stream(values()).map(Sort::wireName).toList())));
        }
    }
}
