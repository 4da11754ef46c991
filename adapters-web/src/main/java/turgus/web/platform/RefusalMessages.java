package turgus.web.platform;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Money;
import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/**
 * The one table of the sentences a user reads for a refusal, written from its reason and details:
 * the domain and the application say why, this says it in words. A switch over every reason, so
 * that a new reason without a message does not compile.
 */
public final class RefusalMessages {
    private RefusalMessages() {}

    /** The body's {@code message}. */
    public static String messageOf(Refusal refusal) {
        Map<String, Object> details = refusal.details();
        return switch (refusal.reason()) {
            case INVALID_INPUT ->
                refusal instanceof InvalidValueException invalid && invalid.isWholeStory()
                        ? FieldRuleMessages.sentenceOf(invalid.rule())
                        : ErrorMessages.INVALID_INPUT;
            case CART_EMPTY -> "Your cart is empty.";
            case PROMO_CODE_UNKNOWN,
                    PROMO_CODE_NOT_YET_VALID,
                    PROMO_CODE_EXPIRED,
                    PROMO_CODE_USED_UP,
                    PROMO_CODE_MINIMUM_NOT_MET -> ErrorMessages.INVALID_INPUT;
            case UNSUPPORTED_IMAGE -> "The file must be a JPEG, PNG or SVG picture";
            case BACKUP_INVALID -> backupInvalid(details);
            case INVALID_CREDENTIALS -> "Invalid credentials. Try again";
            case INVALID_REFRESH_TOKEN -> "The session has ended. Please sign in again.";
            case INSUFFICIENT_BALANCE -> insufficientBalance(money(details, "needed"), money(details, "available"));
            case ACCOUNT_BLOCKED -> "This account is blocked. Please contact support.";
            case ACCOUNT_DEACTIVATED -> "This account is deactivated. Please contact support.";
            case NOT_FOUND -> notFound(details);
            case NOT_IN_CART -> "This product is not in the cart";
            case OUT_OF_STOCK -> outOfStock((String) details.get("productName"), number(details, "available"));
            case ALREADY_REFUNDED -> "This order has already been refunded";
            case EMAIL_TAKEN -> "An account with this email address already exists";
            case PHONE_TAKEN -> "An account with this phone number already exists";
            case PREVIOUS_EMAIL_TAKEN ->
                "Another account has your previous email by now, so it cannot be restored." + " Please contact us.";
            case PROMO_CODE_TAKEN -> "A promo code " + details.get("code") + " already exists";
            case BACKUP_TOO_NEW ->
                "This backup was made by a newer version of the shop (schema version " + details.get("schemaVersion")
                        + "; this shop has " + details.get("currentSchemaVersion")
                        + "), so it cannot be restored here. Nothing was changed.";
            case CONFLICT -> ErrorMessages.forStatus(409);
            case IDEMPOTENCY_KEY_REUSED -> "This Idempotency-Key was already used for a different request";
            case LOCKED_OUT ->
                "Too many failed logins. Try again in " + duration(number(details, "retryAfterSeconds")) + ".";
            case CANNOT_CHANGE_OWN_ACCOUNT ->
                "You cannot delete, block, deactivate or demote your own account. Ask another admin.";
            case LAST_ADMIN -> "This is the last active admin: the shop needs at least one.";
            case SERVER_BUSY ->
                "The shop is very busy right now. Please try again in " + duration(number(details, "retryAfterSeconds"))
                        + ".";
            case SERVICE_UNAVAILABLE ->
                "The shop cannot reach its database just now. Please try again in a few seconds.";
            case STORAGE_FULL -> "The shop's storage is full, so nothing was saved. Please try again later.";
        };
    }

    /** The body's {@code errors}: the fields a refusal concerns, each with its problem; may be empty. */
    public static List<ErrorBody.FieldProblem> fieldProblemsOf(Refusal refusal) {
        return switch (refusal.reason()) {
            case INVALID_INPUT, CART_EMPTY ->
                refusal instanceof InvalidValueException invalid
                        ? invalid.errors().stream()
                                .map(FieldRuleMessages::problemOf)
                                .toList()
                        : List.of();
            case PROMO_CODE_UNKNOWN,
                    PROMO_CODE_NOT_YET_VALID,
                    PROMO_CODE_EXPIRED,
                    PROMO_CODE_USED_UP,
                    PROMO_CODE_MINIMUM_NOT_MET ->
                List.of(new ErrorBody.FieldProblem(
                        "code",
                        promoCodeProblem(refusal.reason(), refusal.details()),
                        FieldRule.PROMO_CODE_NOT_APPLICABLE.name(),
                        null));
            case EMAIL_TAKEN, PREVIOUS_EMAIL_TAKEN -> List.of(taken("email", refusal));
            case PHONE_TAKEN -> List.of(taken("phone", refusal));
            case UNSUPPORTED_IMAGE,
                    BACKUP_INVALID,
                    BACKUP_TOO_NEW,
                    INVALID_CREDENTIALS,
                    INVALID_REFRESH_TOKEN,
                    INSUFFICIENT_BALANCE,
                    ACCOUNT_BLOCKED,
                    ACCOUNT_DEACTIVATED,
                    NOT_FOUND,
                    NOT_IN_CART,
                    OUT_OF_STOCK,
                    ALREADY_REFUNDED,
                    PROMO_CODE_TAKEN,
                    CONFLICT,
                    IDEMPOTENCY_KEY_REUSED,
                    LOCKED_OUT,
                    CANNOT_CHANGE_OWN_ACCOUNT,
                    LAST_ADMIN,
                    SERVER_BUSY,
                    SERVICE_UNAVAILABLE,
                    STORAGE_FULL -> List.of();
        };
    }

    /** A unique value already taken: the refusal's sentence on the field. */
    private static ErrorBody.FieldProblem taken(String field, Refusal refusal) {
        return new ErrorBody.FieldProblem(field, messageOf(refusal), FieldRule.TAKEN.name(), null);
    }

    /** Why a promo code cannot be used, in words; the cart and a refusal say it the same way. */
    public static String promoCodeProblem(RefusalReason reason, Map<String, Object> details) {
        return switch (reason) {
            case PROMO_CODE_UNKNOWN -> "This promo code does not exist";
            case PROMO_CODE_NOT_YET_VALID -> "This promo code is not valid yet";
            case PROMO_CODE_EXPIRED -> "This promo code has expired";
            case PROMO_CODE_USED_UP -> "This promo code has been used up";
            case PROMO_CODE_MINIMUM_NOT_MET ->
                "This promo code needs an order of at least " + money(details, "minimum");
            default -> throw new IllegalArgumentException("Not a promo code problem: " + reason);
        };
    }

    private static String backupInvalid(Map<String, Object> details) {
        String problem = String.valueOf(details.get("problem"));
        String why = switch (problem) {
            case "NOT_A_BACKUP" -> "This file is not a Turgus backup.";
            case "UNSUPPORTED_FORMAT" ->
                "This backup is in a format this shop cannot read (format version " + details.get("formatVersion")
                        + ").";
            case "UNKNOWN_TABLE" -> "This backup has a table the shop does not have: " + details.get("table") + ".";
            case "UNKNOWN_COLUMN" ->
                "This backup has a column the shop does not have: " + details.get("table") + "." + details.get("column")
                        + ".";
            default -> "This backup is damaged or incomplete (" + details.get("part") + ").";
        };
        return why + " Nothing was changed.";
    }

    static String insufficientBalance(Money needed, Money available) {
        return "The balance is too low: this order needs " + needed + ", the balance has " + available + ". Top up "
                + needed.minus(available) + " or more to pay it.";
    }

    private static String notFound(Map<String, Object> details) {
        String thing = String.valueOf(details.get("resource")).replace('_', ' ').toLowerCase(Locale.ROOT);
        Object id = details.get("id");
        if (id == null) {
            return "The " + thing + " was not found";
        }
        return Character.toUpperCase(thing.charAt(0)) + thing.substring(1) + " " + id + " was not found";
    }

    private static String outOfStock(String productName, long available) {
        if (available == 0) {
            return productName + " is no longer available";
        }
        return "Only " + available + " of " + productName + " " + (available == 1 ? "is" : "are") + " left";
    }

    /** A wait in words, rounded up to the unit that reads naturally: 40 seconds, 5 minutes, 2 hours. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 60) {
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        long hours = (minutes + 59) / 60;
        return hours == 1 ? "1 hour" : hours + " hours";
    }

    private static Money money(Map<String, Object> details, String name) {
        return new Money((BigDecimal) details.get(name));
    }

    private static long number(Map<String, Object> details, String name) {
        return ((Number) details.get(name)).longValue();
    }
}
