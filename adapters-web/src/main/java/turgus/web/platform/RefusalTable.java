package turgus.web.platform;

import io.micronaut.http.HttpStatus;
import turgus.domain.shared.RefusalReason;

/**
 * The one table of the API's refusals: the HTTP status each reason is answered with. A switch over
 * every reason, so that a new reason without a status does not compile.
 */
public final class RefusalTable {
    private RefusalTable() {}

    public static HttpStatus statusOf(RefusalReason reason) {
        return switch (reason) {
            case INVALID_INPUT,
                    CART_EMPTY,
                    PROMO_CODE_UNKNOWN,
                    PROMO_CODE_NOT_YET_VALID,
                    PROMO_CODE_EXPIRED,
                    PROMO_CODE_USED_UP,
                    PROMO_CODE_MINIMUM_NOT_MET,
                    UNSUPPORTED_IMAGE,
                    BACKUP_INVALID -> HttpStatus.BAD_REQUEST;
            case INVALID_CREDENTIALS, INVALID_REFRESH_TOKEN -> HttpStatus.UNAUTHORIZED;
            case INSUFFICIENT_BALANCE -> HttpStatus.PAYMENT_REQUIRED;
            case ACCOUNT_BLOCKED, ACCOUNT_DEACTIVATED -> HttpStatus.FORBIDDEN;
            case NOT_FOUND, NOT_IN_CART -> HttpStatus.NOT_FOUND;
            case OUT_OF_STOCK,
                    ALREADY_REFUNDED,
                    EMAIL_TAKEN,
                    PHONE_TAKEN,
                    PREVIOUS_EMAIL_TAKEN,
                    PROMO_CODE_TAKEN,
                    BACKUP_TOO_NEW,
                    CONFLICT,
                    CANNOT_CHANGE_OWN_ACCOUNT,
                    LAST_ADMIN -> HttpStatus.CONFLICT;
            case IDEMPOTENCY_KEY_REUSED -> HttpStatus.UNPROCESSABLE_ENTITY;
            case LOCKED_OUT -> HttpStatus.TOO_MANY_REQUESTS;
            case SERVER_BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
            case SERVICE_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case STORAGE_FULL -> HttpStatus.INSUFFICIENT_STORAGE;
        };
    }
}
