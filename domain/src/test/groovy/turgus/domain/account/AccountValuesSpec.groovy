package turgus.domain.account

import java.time.Instant
import spock.lang.Specification
import turgus.domain.shared.InvalidValueException
import turgus.domain.testing.Stored

class AccountValuesSpec extends Specification {

    def "an email is trimmed and lower-cased so that one mailbox is one account"() {
        expect:
        rule { Email.of(given).value() } == outcome

        where:
        given                    || outcome
        'Ann@Example.COM'        || 'ann@example.com'
        '  bob@shop.lt '         || 'bob@shop.lt'
        ''                       || 'email: REQUIRED'
        null                     || 'email: REQUIRED'
        'no-at-sign.example.com' || 'email: INVALID_EMAIL'
        'two@@example.com'       || 'email: INVALID_EMAIL'
        'nodot@example'          || 'email: INVALID_EMAIL'
        "${'a' * 250}@x.lt"      || 'email: INVALID_EMAIL'
    }

    def "a phone number loses spaces, dashes, dots and brackets and must match the pattern"() {
        expect:
        rule { PhoneFormat.DEFAULT.parse(given).value() } == outcome

        where:
        given                  || outcome
        '+79001234567'         || '+79001234567'
        '+7 (900) 123-45-67'   || '+79001234567'
        ' +7.900.123.45.67 '   || '+79001234567'
        ''                     || 'phone: REQUIRED'
        null                   || 'phone: REQUIRED'
        '+7900123456'          || 'phone: INVALID_PHONE'
        '+790012345678'        || 'phone: INVALID_PHONE'
        '+7900abc4567'         || 'phone: INVALID_PHONE'
    }

    def "with the default pattern a number dialled at home with 8 or 7 is read as +7"() {
        expect:
        rule { PhoneFormat.DEFAULT.parse(given).value() } == outcome

        where:
        given                  || outcome
        '8 (912) 345-67-89'    || '+79123456789'
        '89123456789'          || '+79123456789'
        '79123456789'          || '+79123456789'
        '7 912 345 67 89'      || '+79123456789'
        '+89123456789'         || 'phone: INVALID_PHONE'
        '8912345678'           || 'phone: INVALID_PHONE'
        '891234567890'         || 'phone: INVALID_PHONE'
        '99123456789'          || 'phone: INVALID_PHONE'
    }

    def "another pattern takes numbers as written, with no guess about a leading 8 or 7"() {
        given:
        PhoneFormat lithuanian = PhoneFormat.of('^\\+370\\d{8}$')

        expect:
        !lithuanian.russianDialling()
        rule { lithuanian.parse(given).value() } == outcome

        where:
        given             || outcome
        '+370 612 34567'  || '+37061234567'
        '861234567'       || 'phone: INVALID_PHONE'
        '89123456789'     || 'phone: INVALID_PHONE'
    }

    def "the dialling rule comes with the default pattern only, however it is configured"() {
        expect:
        PhoneFormat.of(regex).russianDialling() == dialling

        where:
        regex                   || dialling
        '^\\+7\\d{10}$'         || true
        '^\\+7\\d{10}'          || false
        '^\\+\\d{11}$'          || false
    }

    def "normalising alone keeps what it cannot read, for looking names up"() {
        expect:
        PhoneFormat.DEFAULT.normalise(given) == outcome

        where:
        given                  || outcome
        '8 (912) 345-67-89'    || '+79123456789'
        'ghost'                || 'ghost'
        null                   || ''
    }

    def "a stored phone number is always normalised"() {
        when:
        new PhoneNumber('+7 900 123 45 67')

        then:
        thrown(IllegalArgumentException)
    }

    def "a login name with an at sign is read as an email, anything else as a phone"() {
        expect:
        Email.looksLikeEmail(name) == email

        where:
        name            || email
        'a@b.lt'        || true
        '+79001234567'  || false
        null            || false
    }

    def "a full name is trimmed and holds 1 to 200 characters"() {
        expect:
        rule { new FullName(given).value() } == outcome

        where:
        given      || outcome
        ' Ann Lee' || 'Ann Lee'
        ''         || 'fullName: REQUIRED'
        'x' * 201  || 'fullName: TOO_LONG max=200'
    }

    def "a new account is active with the roles given"() {
        when:
        def account = Account.open(new FullName('Ann'), Email.of('ann@x.lt'), new PhoneNumber('+79001234567'),
                'hash', EnumSet.of(Role.CUSTOMER), Instant.EPOCH)

        then:
        account.maySignIn()
        !account.isAdmin()
        account.optionalId().isEmpty()
        Stored.withId(account, UserId.of(5)).id() == UserId.of(5)
    }

    def "blocked and deactivated accounts may not sign in"() {
        given:
        def account = new Account(UserId.of(1), new FullName('Ann'), Email.of('ann@x.lt'),
                new PhoneNumber('+79001234567'), 'hash', Set.of(Role.ADMIN), status, null, Instant.EPOCH, null)

        expect:
        account.maySignIn() == allowed
        account.isAdmin()

        where:
        status                     || allowed
        AccountStatus.ACTIVE       || true
        AccountStatus.BLOCKED      || false
        AccountStatus.DEACTIVATED  || false
    }

    def "an account has at least one role"() {
        when:
        Account.open(new FullName('Ann'), Email.of('ann@x.lt'), new PhoneNumber('+79001234567'), 'hash', Set.of(), Instant.EPOCH)

        then:
        thrown(IllegalArgumentException)
    }

    def "ids are positive"() {
        when:
        UserId.of(0)

        then:
        thrown(IllegalArgumentException)
    }

    private static String rule(Closure<?> construction) {
        try {
            construction().toString()
        } catch (InvalidValueException refused) {
            "${refused.field()}: ${refused.errors()[0].describe()}"
        }
    }
}
