package turgus.web.platform;

import java.util.Map;
import turgus.domain.shared.FieldError;
import turgus.domain.shared.FieldRule;

/**
 * The one table of the words for a field's broken rule, completing a sentence that starts with the
 * field's name ("quantity must be at least 1"). The domain and the application name the rule and
 * its values; this says them in English for the API's {@code message}, while clients that speak
 * another language word the same {@code rule} and {@code params} themselves. A switch over every
 * rule, so that a new rule without words does not compile.
 */
public final class FieldRuleMessages {
    private FieldRuleMessages() {}

    /** The field's problem as the body's {@code errors[]} item: the words, the rule and its values. */
    public static ErrorBody.FieldProblem problemOf(FieldError error) {
        return new ErrorBody.FieldProblem(
                error.field(),
                messageOf(error.rule(), error.params()),
                error.rule().name(),
                error.params().isEmpty() ? null : error.params());
    }

    public static ErrorBody.FieldProblem problemOf(String field, FieldRule rule, Object... namesAndValues) {
        return problemOf(FieldError.of(field, rule, namesAndValues));
    }

    /**
     * A rule that is the whole story of a refusal (a link that no longer works), as the answer's
     * sentence.
     */
    public static String sentenceOf(FieldRule rule) {
        return switch (rule) {
            case RESET_LINK_INVALID -> "This reset link is invalid, used or expired. Please ask for a new one.";
            case UNDO_LINK_INVALID -> "This link is invalid, used or expired.";
            case CART_EMPTY -> "Your cart is empty.";
            default -> ErrorMessages.INVALID_INPUT;
        };
    }

    static String messageOf(FieldRule rule, Map<String, Object> p) {
        return switch (rule) {
            case REQUIRED -> "is required";
            case INVALID -> "is not valid";
            case GIVEN_TWICE -> "is given more than once";
            case CONTROL_CHARACTER -> "must not contain control characters";
            case NOT_A_WHOLE_NUMBER -> "must be a whole number";
            case NOT_A_NUMBER -> "must be a number";
            case NOT_A_BOOLEAN -> "must be true or false";
            case NOT_TEXT -> "must be text";
            case NOT_A_LIST -> "must be a list";
            case NOT_AN_OBJECT -> p.containsKey("shape") ? "must be " + p.get("shape") : "must be a JSON object";
            case NOT_A_DATE_TIME -> "must be a date and time with an offset, like 2026-11-21T10:15:30Z";
            case NOT_A_DATE -> "must be a date like 2026-11-21";
            case WRONG_TYPE -> "has the wrong type";
            case REQUIRED_WITH -> "is required when " + p.get("other") + " is given";
            case REQUIRED_UNLESS -> "is required unless " + p.get("other") + " is given";
            case NOT_WITH -> "must not be given together with " + p.get("other");
            case TOO_LONG -> "must be at most " + p.get("max") + " characters";
            case TOO_SMALL -> "must be at least " + p.get("min");
            case TOO_LARGE -> "must be at most " + p.get("max");
            case OUT_OF_RANGE -> "must be between " + p.get("min") + " and " + p.get("max");
            case NOT_POSITIVE -> "must be greater than 0";
            case NEGATIVE -> "must not be negative";
            case ZERO -> "must not be 0";
            case TOO_MANY_DECIMALS -> "must have at most " + p.get("max") + " decimals";
            case NOT_ONE_OF -> "must be one of " + p.get("allowed");
            case NOT_AFTER -> "must be after " + p.get("other");
            case NOT_IN_FUTURE -> "must be in the future";
            case EMPTY -> "must not be empty";
            case TOO_MANY -> "must have at most " + p.get("max") + " entries";
            case REPEATED ->
                p.containsKey("value") ? "must not name " + p.get("value") + " twice" : "must not repeat a value";
            case TAKEN -> "is already used by another account";
            case INVALID_EMAIL -> "must be a valid email address";
            case INVALID_PHONE -> "must look like +7 and 10 digits";
            case NOT_DIGITS -> "must be " + p.get("length") + " digits";
            case INVALID_CODE_FORMAT ->
                "must be " + p.get("min") + " to " + p.get("max") + " letters, digits, dashes or underscores";
            case UNKNOWN_EVENT_TYPE -> "is not an event type (see /api/admin/events/types)";
            case CART_FULL -> "a cart holds at most " + p.get("max") + " different products";
            case TOO_MANY_OF_PRODUCT -> "must be at most " + p.get("max") + " per product";
            case PROMO_CODE_NOT_APPLICABLE -> "cannot be used now";
            case CART_EMPTY -> "is empty";
            case STOCK_ABOVE_MAX -> "would raise the stock above " + p.get("max");
            case BALANCE_ABOVE_MAX -> "would take the balance above " + p.get("max");
            case BALANCE_BELOW_ZERO -> "must not take the balance below zero (the balance is " + p.get("balance") + ")";
            case TIER_NOT_ABOVE -> p.get("tier") + " must ask for more orders and more spending than " + p.get("below");
            case TIER_DISCOUNT_NOT_LARGER -> p.get("tier") + " must give a larger discount than " + p.get("below");
            case CODE_WRONG ->
                "is wrong; " + p.get("attemptsLeft") + (one(p.get("attemptsLeft")) ? " try" : " tries") + " left";
            case CODE_UNKNOWN -> "is wrong or has expired; please register again";
            case CODE_EXPIRED -> "has expired; please register again";
            case CODE_VOIDED -> "was wrong too many times; please register again";
            case RESET_LINK_INVALID -> "is invalid, used or expired; please ask for a new reset link";
            case UNDO_LINK_INVALID -> "is invalid, used or expired";
            case PASSWORD_MISMATCH -> "does not match your current password";
            case PASSWORD_UNCHANGED -> "must differ from your current password";
            case PASSWORD_CONFIRMATION_MISMATCH -> "does not match the password";
            case PASSWORD_RULE -> passwordRule(p);
        };
    }

    private static String passwordRule(Map<String, Object> p) {
        return switch (String.valueOf(p.get("id"))) {
            case "min-length" -> "must be at least " + p.get("min") + " characters";
            case "max-length" -> "must be at most " + p.get("max") + " characters";
            case "printable-ascii" -> "must contain only Latin letters, digits, punctuation and spaces";
            case "upper-case" -> "must contain at least one upper-case letter (A-Z)";
            case "special-character" -> "must contain at least one of these characters: " + p.get("characters");
            case "not-common" -> "is one of the most common leaked passwords; choose another one";
            default -> "does not meet the password rules";
        };
    }

    private static boolean one(Object count) {
        return count instanceof Number number && number.longValue() == 1;
    }
}
