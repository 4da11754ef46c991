package turgus.web.platform

import io.micronaut.http.HttpStatus
import spock.lang.Specification
import turgus.domain.shared.Refusal
import turgus.domain.shared.RefusalReason

import static io.micronaut.http.HttpStatus.*

/** The one table of refusals: each reason's status, and a status and a message for every reason. */
class RefusalTableSpec extends Specification {
    static final Map<RefusalReason, HttpStatus> TABLE = [
            (RefusalReason.INVALID_INPUT)             : BAD_REQUEST,
            (RefusalReason.CART_EMPTY)                : BAD_REQUEST,
            (RefusalReason.PROMO_CODE_UNKNOWN)        : BAD_REQUEST,
            (RefusalReason.PROMO_CODE_NOT_YET_VALID)  : BAD_REQUEST,
            (RefusalReason.PROMO_CODE_EXPIRED)        : BAD_REQUEST,
            (RefusalReason.PROMO_CODE_USED_UP)        : BAD_REQUEST,
            (RefusalReason.PROMO_CODE_MINIMUM_NOT_MET): BAD_REQUEST,
            (RefusalReason.UNSUPPORTED_IMAGE)         : BAD_REQUEST,
            (RefusalReason.BACKUP_INVALID)            : BAD_REQUEST,
            (RefusalReason.INVALID_CREDENTIALS)       : UNAUTHORIZED,
            (RefusalReason.INVALID_REFRESH_TOKEN)     : UNAUTHORIZED,
            (RefusalReason.INSUFFICIENT_BALANCE)      : PAYMENT_REQUIRED,
            (RefusalReason.ACCOUNT_BLOCKED)           : FORBIDDEN,
            (RefusalReason.ACCOUNT_DEACTIVATED)       : FORBIDDEN,
            (RefusalReason.NOT_FOUND)                 : NOT_FOUND,
            (RefusalReason.NOT_IN_CART)               : NOT_FOUND,
            (RefusalReason.OUT_OF_STOCK)              : CONFLICT,
            (RefusalReason.ALREADY_REFUNDED)          : CONFLICT,
            (RefusalReason.EMAIL_TAKEN)               : CONFLICT,
            (RefusalReason.PHONE_TAKEN)               : CONFLICT,
            (RefusalReason.PREVIOUS_EMAIL_TAKEN)      : CONFLICT,
            (RefusalReason.PROMO_CODE_TAKEN)          : CONFLICT,
            (RefusalReason.BACKUP_TOO_NEW)            : CONFLICT,
            (RefusalReason.CONFLICT)                  : CONFLICT,
            (RefusalReason.IDEMPOTENCY_KEY_REUSED)    : UNPROCESSABLE_ENTITY,
            (RefusalReason.LOCKED_OUT)                : TOO_MANY_REQUESTS,
            (RefusalReason.CANNOT_CHANGE_OWN_ACCOUNT) : CONFLICT,
            (RefusalReason.LAST_ADMIN)                : CONFLICT,
            (RefusalReason.SERVER_BUSY)               : SERVICE_UNAVAILABLE,
            (RefusalReason.SERVICE_UNAVAILABLE)       : SERVICE_UNAVAILABLE,
            (RefusalReason.STORAGE_FULL)              : INSUFFICIENT_STORAGE,
    ]

    /** Values enough for any reason's message. */
    static final Map<String, Object> DETAILS = [
            needed: 12.50G, available: 10.00G, productId: 7L, productName: 'Sencha', requested: 11,
            orderId: 3L, code: 'WELCOME', minimum: 25.00G, resource: 'PRODUCT', id: 7L, retryAfterSeconds: 300L]

    static Refusal refusal(RefusalReason reason, Map<String, Object> details = DETAILS) {
        new Refusal(reason, details, 'for logs') {}
    }

    def "#reason is answered with #status"() {
        expect:
        RefusalTable.statusOf(reason) == status
        RefusalHandler.answer(refusal(reason)).status() == status
        RefusalHandler.answer(refusal(reason)).body().code() == status.code

        where:
        [reason, status] << TABLE.collect { [it.key, it.value] }
    }

    def "a backup that cannot be restored is explained by its problem: #problem"() {
        expect:
        RefusalMessages.messageOf(refusal(RefusalReason.BACKUP_INVALID, [problem: problem] + values)) == message

        where:
        problem              | values                                | message
        'NOT_A_BACKUP'       | [:]                                   | 'This file is not a Turgus backup. Nothing was changed.'
        'UNSUPPORTED_FORMAT' | [formatVersion: 2L]                   | 'This backup is in a format this shop cannot read (format version 2). Nothing was changed.'
        'DAMAGED'            | [part: 'tables/users.jsonl line 3']   | 'This backup is damaged or incomplete (tables/users.jsonl line 3). Nothing was changed.'
        'UNKNOWN_TABLE'      | [table: 'rockets']                    | 'This backup has a table the shop does not have: rockets. Nothing was changed.'
        'UNKNOWN_COLUMN'     | [table: 'users', column: 'shoe_size'] | 'This backup has a column the shop does not have: users.shoe_size. Nothing was changed.'
    }

    def "a backup of a newer schema names both versions"() {
        expect:
        RefusalMessages.messageOf(refusal(RefusalReason.BACKUP_TOO_NEW, [schemaVersion: '18', currentSchemaVersion: '15'])) ==
                'This backup was made by a newer version of the shop (schema version 18; this shop has 15), so it cannot be restored here. Nothing was changed.'
    }

    def "the table above names every reason, so a new reason needs its row"() {
        expect:
        TABLE.keySet() == (RefusalReason.values() as Set)
    }

    def "every reason has a status, a message and its code in the body"() {
        when:
        ErrorBody body = RefusalHandler.answer(refusal(reason)).body()

        then:
        RefusalTable.statusOf(reason).code >= 400
        RefusalMessages.messageOf(refusal(reason))
        body.message() == RefusalMessages.messageOf(refusal(reason))
        body.reason() == reason.name()

        where:
        reason << RefusalReason.values()
    }

    def "the messages are written from the details"() {
        expect:
        RefusalMessages.messageOf(refusal(reason, details)) == message

        where:
        reason                              | details                                                || message
        RefusalReason.INSUFFICIENT_BALANCE  | [needed: 12.50G, available: 10.00G]                      || 'The balance is too low: this order needs 12.50 EUR, the balance has 10.00 EUR. Top up 2.50 EUR or more to pay it.'
        RefusalReason.OUT_OF_STOCK          | [productName: 'Sencha', available: 0]                    || 'Sencha is no longer available'
        RefusalReason.OUT_OF_STOCK          | [productName: 'Sencha', available: 1]                    || 'Only 1 of Sencha is left'
        RefusalReason.OUT_OF_STOCK          | [productName: 'Sencha', available: 2]                    || 'Only 2 of Sencha are left'
        RefusalReason.NOT_FOUND             | [resource: 'PRODUCT', id: 7L]                            || 'Product 7 was not found'
        RefusalReason.NOT_FOUND             | [resource: 'PROMO_CODE', id: 'SPRING']                   || 'Promo code SPRING was not found'
        RefusalReason.NOT_FOUND             | [resource: 'ACCOUNT']                                    || 'The account was not found'
        RefusalReason.LOCKED_OUT            | [retryAfterSeconds: 1L]                                  || 'Too many failed logins. Try again in 1 second.'
        RefusalReason.LOCKED_OUT            | [retryAfterSeconds: 61L]                                 || 'Too many failed logins. Try again in 2 minutes.'
        RefusalReason.LOCKED_OUT            | [retryAfterSeconds: 3600L]                               || 'Too many failed logins. Try again in 1 hour.'
        RefusalReason.SERVER_BUSY           | [retryAfterSeconds: 1L]                                  || 'The shop is very busy right now. Please try again in 1 second.'
        RefusalReason.SERVER_BUSY           | [retryAfterSeconds: 3L]                                  || 'The shop is very busy right now. Please try again in 3 seconds.'
        RefusalReason.PROMO_CODE_TAKEN      | [code: 'SPRING']                                         || 'A promo code SPRING already exists'
        RefusalReason.LAST_ADMIN            | [:]                                                      || 'This is the last active admin: the shop needs at least one.'
        RefusalReason.SERVICE_UNAVAILABLE   | [retryAfterSeconds: 5L]                                  || 'The shop cannot reach its database just now. Please try again in a few seconds.'
        RefusalReason.STORAGE_FULL          | [:]                                                      || "The shop's storage is full, so nothing was saved. Please try again later."
        RefusalReason.ACCOUNT_BLOCKED       | [category: 'FRAUD']                                      || 'This account is blocked. Please contact support.'
    }

    def "waiting is said in the body and in Retry-After, not in the details"() {
        when:
        def response = RefusalHandler.answer(refusal(RefusalReason.LOCKED_OUT, [retryAfterSeconds: 42L]))

        then:
        response.headers.get("Retry-After") == '42'
        response.body().retryAfterSeconds() == 42
        response.body().details() == null
    }
}
