package turgus.application.order

import turgus.application.audit.port.out.AuditEventType
import turgus.application.order.port.in.CheckoutCommand
import turgus.application.shared.NotFoundException
import turgus.application.shared.PageRequest
import turgus.application.testing.ShopFixture
import turgus.domain.account.UserId
import turgus.domain.catalog.ProductId
import turgus.domain.testing.Ledger
import turgus.domain.ledger.MovementType
import turgus.domain.order.AlreadyRefunded
import turgus.domain.order.Order
import turgus.domain.order.OrderId
import turgus.domain.order.OrderStatus
import turgus.domain.shared.Money

class RefundServiceSpec extends ShopFixture {
    UserId ann
    ProductId beans
    Order order

    def setup() {
        ann = customer('50.00')
        beans = product('Beans', '9.90', 10)
        putInCart(ann, beans, 2)
        order = checkout.checkout(CheckoutCommand.of(ann, null))
    }

    def "a refund gives the money and the items back and marks the order, once"() {
        when:
        Order refunded = refunds.refund(order.requireId(), admin)

        then:
        refunded.status() == OrderStatus.REFUNDED
        balances.balanceOf(ann).amount() == Money.of('50.00')
        wallets.entries.last().movement().type() == MovementType.REFUND
        stockOf(beans) == 10
        Ledger.of(wallets.ledger(ann)).agreesWith(balances.balanceOf(ann).amount())
        loyalty.statusOf(ann).completedOrders() == 0
        audit.only().type() == AuditEventType.ORDER_REFUNDED
        audit.only().actorId() == admin
        audit.only().subjectId() == ann
        audit.only().details() == "orderId=${order.requireId().value()} amount=${order.total().amount()}"

        when:
        refunds.refund(order.requireId(), admin)

        then:
        thrown(AlreadyRefunded)
        balances.balanceOf(ann).amount() == Money.of('50.00')
        audit.events.size() == 1
    }

    def "an unknown order cannot be refunded"() {
        when:
        refunds.refund(OrderId.of(999), admin)

        then:
        thrown(NotFoundException)
    }

    def "customers see their own orders only; admins search all"() {
        given:
        UserId bo = customer()

        expect:
        orderQueries.ordersOf(ann, PageRequest.of(0, 20)).items() == [order]
        orderQueries.ordersOf(bo, PageRequest.of(0, 20)).totalItems() == 0
        orderQueries.show(ann, order.requireId()) == order
        orderQueries.browseAll('  c1@  ', PageRequest.of(0, 20)).totalItems() == 1
        orderQueries.browseAll('', PageRequest.of(0, 20)).totalItems() == 1

        when:
        orderQueries.show(bo, order.requireId())

        then:
        thrown(NotFoundException)
    }
}
