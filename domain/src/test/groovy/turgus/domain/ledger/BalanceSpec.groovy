package turgus.domain.ledger

import static turgus.domain.ledger.MovementType.ADJUSTMENT
import static turgus.domain.ledger.MovementType.PURCHASE
import static turgus.domain.ledger.MovementType.REFUND
import static turgus.domain.ledger.MovementType.TOP_UP

import java.time.Instant
import spock.lang.Specification
import turgus.domain.order.OrderId
import turgus.domain.shared.InvalidValueException
import turgus.domain.shared.Money
import turgus.domain.testing.Ledger

class BalanceSpec extends Specification {
    static final Instant NOW = Instant.parse('2026-11-21T12:00:00Z')
    static final OrderId ORDER = OrderId.of(9)

    def "a top-up is more than 0 and at most 10,000.00, with at most 2 decimals: #given"() {
        expect:
        outcome == rule { TopUpAmount.of(given == null ? null : new BigDecimal(given)).amount().toString() }

        where:
        given       || outcome
        '0.01'      || '0.01 EUR'
        '12.5'      || '12.50 EUR'
        '10000'     || '10000.00 EUR'
        '10000.00'  || '10000.00 EUR'
        '10000.000' || '10000.00 EUR'
        '0'         || 'amount: NOT_POSITIVE'
        '-5'        || 'amount: NOT_POSITIVE'
        '10000.01'  || 'amount: TOO_LARGE max=10000.00'
        '0.001'     || 'amount: TOO_MANY_DECIMALS max=2'
        '12.345'    || 'amount: TOO_MANY_DECIMALS max=2'
        null        || 'amount: REQUIRED'
    }

    def "a top-up adds to the balance and records it"() {
        when:
        def movement = Balance.of(Money.of('5.00')).topUp(TopUpAmount.of(new BigDecimal('20.50')), NOW)

        then:
        movement == new BalanceMovement(TOP_UP, Money.of('20.50'), Money.of('25.50'), NOW, null, null)
        movement.balanceBefore() == Money.of('5.00')
        movement.order().isEmpty()
        movement.noteText().isEmpty()
    }

    def "paying takes the price off the balance, never below zero: #price from #balance"() {
        when:
        def movement = Balance.of(Money.of(balance)).pay(Money.of(price), ORDER, NOW)

        then:
        movement.type() == PURCHASE
        movement.amount() == Money.of(price).with { Money.ZERO.minus(it) }
        movement.balanceAfter() == Money.of(after)
        movement.order().get() == ORDER

        where:
        balance | price   || after
        '100'   | '40.50' || '59.50'
        '40.50' | '40.50' || '0'
        '10'    | '0'     || '10'
    }

    def "a payment larger than the balance is refused, saying what it needs and what there is"() {
        when:
        Balance.of(Money.of('40.00')).pay(Money.of('40.01'), ORDER, NOW)

        then:
        def refused = thrown(InsufficientBalance)
        refused.needed() == Money.of('40.01')
        refused.available() == Money.of('40.00')
        refused.shortBy() == Money.of('0.01')
        refused.message == 'Your balance is too low: this needs 40.01 EUR, you have 40.00 EUR'
    }

    def "a refund gives back what the order cost"() {
        when:
        def movement = Balance.of(Money.of('3')).refund(Money.of('32.40'), ORDER, NOW)

        then:
        movement == new BalanceMovement(REFUND, Money.of('32.40'), Money.of('35.40'), NOW, ORDER, null)
    }

    def "an admin credits or debits with a reason, never below zero: #change on #balance"() {
        expect:
        outcome == rule {
            def movement = Balance.of(Money.of(balance)).adjust(Money.of(change), reason, NOW)
            assert movement.type() == ADJUSTMENT
            assert movement.note() == reason?.strip()
            movement.balanceAfter().toString()
        }

        where:
        balance | change   | reason               || outcome
        '10'    | '5'      | 'Goodwill'           || '15.00 EUR'
        '10'    | '-10'    | ' Chargeback '       || '0.00 EUR'
        '10'    | '-3.50'  | 'Correction'         || '6.50 EUR'
        '10'    | '-10.01' | 'Correction'         || 'amount: BALANCE_BELOW_ZERO balance=10.00'
        '10'    | '0'      | 'Nothing'            || 'amount: ZERO'
        '10'    | '5'      | null                 || 'reason: REQUIRED'
        '10'    | '5'      | '   '                || 'reason: REQUIRED'
        '10'    | '5'      | 'x' * 501            || 'reason: TOO_LONG max=500'
        '10'    | '5'      | 'x' * 500            || '15.00 EUR'
    }

    def "a balance never holds more than its storage can: #why"() {
        expect:
        outcome == rule { change(Balance.of(Money.of('9999999990.00'))).balanceAfter().toString() }

        where:
        why          | change                                                                  || outcome
        'top-up'     | { Balance b -> b.topUp(TopUpAmount.of(new BigDecimal('9.99')), NOW) }   || '9999999999.99 EUR'
        'top-up'     | { Balance b -> b.topUp(TopUpAmount.of(new BigDecimal('10.00')), NOW) }  || 'amount: BALANCE_ABOVE_MAX max=9999999999.99'
        'refund'     | { Balance b -> b.refund(Money.of('10.00'), ORDER, NOW) }                || 'amount: BALANCE_ABOVE_MAX max=9999999999.99'
        'adjustment' | { Balance b -> b.adjust(Money.of('10.00'), 'Bonus', NOW) }              || 'amount: BALANCE_ABOVE_MAX max=9999999999.99'
    }

    def "a balance is never negative nor beyond its limit"() {
        when:
        Balance.of(Money.of(amount))

        then:
        thrown(IllegalArgumentException)

        where:
        amount << ['-0.01', '10000000000.00']
    }

    def "negative prices and refunds make no sense"() {
        when:
        change(Balance.EMPTY)

        then:
        thrown(IllegalArgumentException)

        where:
        change << [
                { Balance b -> b.pay(Money.of('-1'), ORDER, NOW) },
                { Balance b -> b.refund(Money.of('-1'), ORDER, NOW) }]
    }

    def "the balance follows its movements, and only those that start from it"() {
        given:
        def balance = Balance.of(Money.of('10'))
        def movement = balance.pay(Money.of('4'), ORDER, NOW)

        expect:
        balance.after(movement) == Balance.of(Money.of('6'))

        when:
        Balance.of(Money.of('11')).after(movement)

        then:
        thrown(IllegalArgumentException)
    }

    def "each kind of movement moves money its own way: #type of #amount"() {
        expect:
        valid == rule {
            new BalanceMovement(type, Money.of(amount), Money.of(after), NOW, order, note)
            'valid'
        }.equals('valid')

        where:
        type       | amount | after | order | note     || valid
        TOP_UP     | '5'    | '5'   | null  | null     || true
        TOP_UP     | '0'    | '0'   | null  | null     || false
        TOP_UP     | '5'    | '5'   | ORDER | null     || false
        PURCHASE   | '-5'   | '0'   | ORDER | null     || true
        PURCHASE   | '0'    | '0'   | ORDER | null     || true
        PURCHASE   | '5'    | '5'   | ORDER | null     || false
        PURCHASE   | '-5'   | '0'   | null  | null     || false
        REFUND     | '5'    | '5'   | ORDER | null     || true
        REFUND     | '-5'   | '0'   | ORDER | null     || false
        REFUND     | '5'    | '5'   | null  | null     || false
        ADJUSTMENT | '5'    | '5'   | null  | 'Bonus'  || true
        ADJUSTMENT | '-5'   | '0'   | null  | 'Fix'    || true
        ADJUSTMENT | '0'    | '0'   | null  | 'Fix'    || false
        ADJUSTMENT | '5'    | '5'   | null  | null     || false
        ADJUSTMENT | '5'    | '5'   | null  | ' '      || false
        ADJUSTMENT | '5'    | '5'   | ORDER | 'Bonus'  || false
        TOP_UP     | '5'    | '-1'  | null  | null     || false
    }

    def "the stored balance equals the sum of the ledger, every step of the way: #why"() {
        expect:
        Ledger.of(movements).isConsistent() == consistent
        Ledger.balanceEqualsSum(Money.of(balance), movements) == agrees

        where:
        movements                                                  | balance || consistent | agrees | why
        []                                                         | '0'     || true       | true   | 'no movement, no money'
        []                                                         | '1'     || true       | false  | 'money from nowhere'
        [topUp('50', '50'), buy('-20', '30'), refund('20', '50')]   | '50'    || true       | true   | 'a top-up, a purchase and its refund'
        [topUp('50', '50'), buy('-20', '30'), adjust('-30', '0')]   | '0'     || true       | true   | 'down to zero'
        [topUp('50', '50'), buy('-20', '30')]                       | '50'    || true       | false  | 'a purchase not taken off'
        [topUp('50', '50'), buy('-20', '20')]                       | '20'    || false      | false  | 'a step that does not add up'
        [topUp('50', '60')]                                         | '60'    || false      | false  | 'a first step from nothing'
    }

    def "the ledger sums what moved, every time through a real balance"() {
        given:
        def movements = []
        def balance = Balance.EMPTY

        when:
        [{ Balance b -> b.topUp(TopUpAmount.of(new BigDecimal('100')), NOW) },
         { Balance b -> b.pay(Money.of('32.40'), ORDER, NOW) },
         { Balance b -> b.adjust(Money.of('-7.60'), 'Correction', NOW) },
         { Balance b -> b.refund(Money.of('32.40'), ORDER, NOW) }].each {
            def movement = it(balance)
            movements << movement
            balance = balance.after(movement)
        }

        then:
        balance == Balance.of(Money.of('92.40'))
        Ledger.of(movements).sum() == Money.of('92.40')
        Ledger.of(movements).agreesWith(balance.amount())
        movements*.type() == [TOP_UP, PURCHASE, ADJUSTMENT, REFUND]
    }

    static BalanceMovement topUp(String amount, String after) {
        new BalanceMovement(TOP_UP, Money.of(amount), Money.of(after), NOW, null, null)
    }

    static BalanceMovement buy(String amount, String after) {
        new BalanceMovement(PURCHASE, Money.of(amount), Money.of(after), NOW, ORDER, null)
    }

    static BalanceMovement refund(String amount, String after) {
        new BalanceMovement(REFUND, Money.of(amount), Money.of(after), NOW, ORDER, null)
    }

    static BalanceMovement adjust(String amount, String after) {
        new BalanceMovement(ADJUSTMENT, Money.of(amount), Money.of(after), NOW, null, 'Correction')
    }

    private static String rule(Closure<?> construction) {
        try {
            construction()
        } catch (InvalidValueException refused) {
            "${refused.field()}: ${refused.errors()[0].describe()}"
        } catch (IllegalArgumentException refused) {
            'invalid'
        }
    }
}
