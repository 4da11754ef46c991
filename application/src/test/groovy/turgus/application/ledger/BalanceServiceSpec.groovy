package turgus.application.ledger

import spock.lang.Specification
import turgus.application.idempotency.Idempotency
import turgus.application.idempotency.IdempotencyKeyReusedException
import turgus.application.audit.port.out.AuditEventType
import turgus.application.ledger.port.in.AdjustBalanceCommand
import turgus.application.testing.InMemoryAuditLog
import turgus.application.ledger.port.in.TopUpCommand
import turgus.application.ledger.port.in.TopUpResult
import turgus.application.shared.NotFoundException
import turgus.application.shared.PageRequest
import turgus.application.testing.DirectTransactions
import turgus.application.testing.InMemoryAccountRepository
import turgus.application.testing.InMemoryIdempotencyStore
import turgus.application.testing.InMemoryWalletRepository
import turgus.application.testing.MutableClock
import turgus.domain.account.Account
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber
import turgus.domain.account.Role
import turgus.domain.account.UserId
import turgus.domain.testing.Ledger
import turgus.domain.ledger.MovementType
import turgus.domain.shared.InvalidValueException
import turgus.domain.shared.Money

class BalanceServiceSpec extends Specification {
    MutableClock clock = new MutableClock()
    InMemoryWalletRepository wallets = new InMemoryWalletRepository()
    InMemoryAccountRepository accounts = new InMemoryAccountRepository()
    DirectTransactions transactions = new DirectTransactions()
    InMemoryAuditLog audit = new InMemoryAuditLog()
    static final UserId ADMIN = UserId.of(900)
    BalanceService service = new BalanceService(
            wallets, accounts, new Idempotency(new InMemoryIdempotencyStore(), clock), audit, transactions, clock)
    UserId ann

    def setup() {
        ann = accounts.add(Account.open(new FullName('Ann'), Email.of('ann@example.com'),
                new PhoneNumber('+79001234567'), 'hash', EnumSet.of(Role.CUSTOMER), clock.instant())).id()
    }

    def "a new customer's balance is zero"() {
        expect:
        service.balanceOf(ann).amount() == Money.ZERO
    }

    def "a top-up of #amount is #verdict"() {
        when:
        boolean accepted = tryTopUp(amount)

        then:
        accepted == ok
        service.balanceOf(ann).amount() == (ok ? Money.parse('amount', amount) : Money.ZERO)

        where:
        amount                   | ok
        0.01                     | true
        10000                    | true
        10000.00                 | true
        10000.01                 | false
        0                        | false
        -5                       | false
        1.234                    | false
        verdict = ok ? 'added' : 'refused'
    }

    def "a top-up locks the wallet and runs in one transaction, and is in the ledger"() {
        when:
        TopUpResult result = service.topUp(TopUpCommand.of(ann, 12.5, null))

        then:
        transactions.started == 1
        wallets.locked == [ann]
        result.balance().amount() == Money.of('12.50')
        result.transaction().movement().type() == MovementType.TOP_UP
        service.movements(ann, PageRequest.of(0, 20)).items() == [result.transaction()]
    }

    def "a retried top-up with the same key happens once; with another amount it is refused"() {
        given:
        TopUpResult first = service.topUp(TopUpCommand.of(ann, 10, 'abc'))
        service.topUp(TopUpCommand.of(ann, 1, null))

        expect:
        service.topUp(TopUpCommand.of(ann, 10.00, 'abc')) == first
        service.balanceOf(ann).amount() == Money.of('11.00')

        when:
        service.topUp(TopUpCommand.of(ann, 11, 'abc'))

        then:
        thrown(IdempotencyKeyReusedException)
        service.balanceOf(ann).amount() == Money.of('11.00')
    }

    def "an adjustment of #change on a balance of 10.00 #outcome"() {
        given:
        service.topUp(TopUpCommand.of(ann, 10, null))

        when:
        Money after
        try {
            service.adjust(AdjustBalanceCommand.of(ann, change, 'goodwill', ADMIN))
            after = service.balanceOf(ann).amount()
        } catch (InvalidValueException refused) {
            after = null
        }

        then:
        after == (expected == null ? null : Money.of(expected))
        Ledger.of(wallets.ledger(ann)).agreesWith(service.balanceOf(ann).amount())
        audit.events*.details() == (expected == null ? [] : ["amount=${Money.of(change).amount()} balanceAfter=${expected} reason=goodwill"])
        audit.events.every { it.type() == AuditEventType.BALANCE_ADJUSTED && it.actorId() == ADMIN && it.subjectId() == ann }

        where:
        change  | expected
        5       | '15.00'
        -10     | '0.00'
        -10.01  | null
        0       | null
        outcome = expected == null ? 'is refused' : "leaves ${expected}"
    }

    def "an adjustment needs a reason and a known customer"() {
        when:
        AdjustBalanceCommand.of(ann, 5, '  ', ADMIN)

        then:
        InvalidValueException noReason = thrown()
        noReason.field() == 'reason'

        when:
        service.adjust(AdjustBalanceCommand.of(UserId.of(999), 5, 'why', ADMIN))

        then:
        thrown(NotFoundException)
    }

    private boolean tryTopUp(BigDecimal amount) {
        try {
            service.topUp(TopUpCommand.of(ann, amount, null))
            true
        } catch (InvalidValueException ignored) {
            false
        }
    }
}
