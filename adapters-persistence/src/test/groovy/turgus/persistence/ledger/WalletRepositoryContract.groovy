package turgus.persistence.ledger

import spock.lang.Specification
import turgus.application.ledger.LedgerEntry
import turgus.application.ledger.port.out.WalletRepository
import turgus.application.shared.PageRequest
import turgus.domain.account.UserId
import turgus.domain.ledger.Balance
import turgus.domain.ledger.BalanceMovement
import turgus.domain.testing.Ledger
import turgus.domain.ledger.TopUpAmount
import turgus.domain.order.OrderId
import turgus.domain.shared.Money

import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

/** What every {@link WalletRepository} promises. Each feature starts empty. */
abstract class WalletRepositoryContract extends Specification {
    static final UserId ANN = UserId.of(1)
    static final UserId BO = UserId.of(2)
    static final Instant AT = Instant.parse('2026-11-21T10:15:30.123456Z')

    abstract WalletRepository getWallets()

    def "a customer without a wallet has a zero balance and an empty ledger"() {
        expect:
        wallets.balanceOf(ANN) == Balance.EMPTY
        wallets.ledger(ANN).isEmpty()
        wallets.entries(ANN, PageRequest.of(0, 20)).totalItems() == 0
    }

    def "opening a wallet twice, or from many threads at once, leaves one wallet at zero"() {
        when:
        wallets.open(ANN)
        wallets.open(ANN)
        def pool = Executors.newFixedThreadPool(8)
        def start = new CountDownLatch(1)
        def futures = (1..8).collect { pool.submit({ start.await(); wallets.open(BO); true } as Callable) }
        start.countDown()
        futures*.get()
        pool.shutdown()

        then:
        wallets.balanceOf(ANN).amount() == Money.ZERO
        wallets.balanceOf(BO).amount() == Money.ZERO
    }

    def "a recorded movement changes the balance and is in the ledger as it was"() {
        given:
        wallets.open(ANN)
        BalanceMovement topUp = Balance.EMPTY.topUp(TopUpAmount.of(25.5), AT)
        BalanceMovement purchase = Balance.of(Money.of('25.50')).pay(Money.of('10.00'), OrderId.of(7), AT.plusSeconds(1))

        when:
        LedgerEntry first = wallets.record(ANN, topUp)
        LedgerEntry second = wallets.record(ANN, purchase)

        then:
        first.movement() == topUp
        second.movement() == purchase
        wallets.balanceOf(ANN).amount() == Money.of('15.50')
        wallets.findEntry(ANN, first.id()).get() == first
        wallets.findEntry(BO, first.id()).isEmpty()
        wallets.entries(ANN, PageRequest.of(0, 1)).items() == [second]
        wallets.entries(ANN, PageRequest.of(0, 1)).totalItems() == 2
        Ledger.of(wallets.ledger(ANN)).agreesWith(wallets.balanceOf(ANN).amount())
    }

    def "a movement that does not start from the stored balance is refused"() {
        given:
        wallets.open(ANN)
        wallets.record(ANN, Balance.EMPTY.topUp(TopUpAmount.of(10), AT))

        when:
        wallets.record(ANN, Balance.EMPTY.topUp(TopUpAmount.of(5), AT))

        then:
        thrown(IllegalStateException)
        wallets.balanceOf(ANN).amount() == Money.of('10.00')
    }

    def "a wallet that was never opened cannot be locked"() {
        when:
        wallets.lock(ANN)

        then:
        thrown(IllegalStateException)
    }
}
