package turgus.application.cart

import turgus.application.cart.port.in.AddToCartCommand
import turgus.application.shared.NotFoundException
import turgus.application.testing.ShopFixture
import turgus.domain.account.UserId
import turgus.domain.cart.InsufficientStock
import turgus.domain.cart.LineAvailability
import turgus.domain.cart.PricedCart
import turgus.domain.catalog.ProductId
import turgus.domain.discount.PromoCode
import turgus.domain.shared.InvalidValueException
import turgus.domain.shared.Money

import java.time.Duration

class CartServiceSpec extends ShopFixture {
    UserId ann
    ProductId beans
    ProductId mug

    def setup() {
        ann = customer()
        beans = product('Beans', '9.90', 10)
        mug = product('Mug', '5.00', 3)
    }

    def "several products are added at once, each change under the cart's lock"() {
        when:
        PricedCart cart = cartService.add(AddToCartCommand.of(ann, [
                new AddToCartCommand.Item(beans.value(), 2), new AddToCartCommand.Item(mug.value(), 1)]))

        then:
        carts.locked == [ann]
        cart.lines()*.productId() == [beans, mug]
        cart.total() == Money.of('24.80')
        cartService.show(ann).total() == Money.of('24.80')
    }

    def "adding #what is refused"() {
        when:
        cartService.add(AddToCartCommand.of(ann, [new AddToCartCommand.Item(idOf(which), quantity)]))

        then:
        thrown(failure)
        carts.find(ann).isEmpty()

        where:
        what                  | which       | quantity || failure
        'an unknown product'  | 'unknown'   | 1        || NotFoundException
        'more than in stock'  | 'mug'       | 4        || InsufficientStock
        'no item'             | 'mug'       | 0        || InvalidValueException
        'a withdrawn product' | 'withdrawn' | 1        || NotFoundException
    }

    private long idOf(String which) {
        switch (which) {
            case 'unknown': return 999L
            case 'withdrawn': return withdraw(beans).value()
            default: return mug.value()
        }
    }

    def "quantities change, 0 removes, and a line not in the cart is not found"() {
        given:
        putInCart(ann, beans, 1)

        expect:
        cartService.changeQuantity(ann, beans, 5).lines()*.quantity() == [5]
        cartService.changeQuantity(ann, beans, 0).isEmpty()

        when:
        cartService.remove(ann, mug)

        then:
        thrown(NotFoundException)

        when:
        cartService.changeQuantity(ann, mug, 2)

        then:
        thrown(NotFoundException)

        when:
        putInCart(ann, mug, 1)
        cartService.changeQuantity(ann, mug, 4)

        then:
        InsufficientStock tooMany = thrown()
        tooMany.productName() == 'Mug'
    }

    def "clearing empties the cart and forgets the promo code"() {
        given:
        promoCodes.add(PromoCode.define('TEN', 10, null, null, null, null, null))
        putInCart(ann, beans, 1)
        cartService.applyPromoCode(ann, 'TEN')

        when:
        cartService.clear(ann)

        then:
        carts.find(ann).isEmpty()
        !carts.find(ann).promoCode().isPresent()
    }

    def "a line that ran out is flagged and counts for nothing"() {
        given:
        putInCart(ann, mug, 2)
        stock.take(mug, 2)

        expect:
        with(cartService.show(ann)) {
            lines().first().availability() == LineAvailability.OUT_OF_STOCK
            total() == Money.ZERO
        }
    }

    def "a promo code that #problem is refused with the reason"() {
        given:
        promoCodes.add(PromoCode.define('SOON', 10, null, null, clock.instant().plus(Duration.ofDays(1)), null, null))
        promoCodes.add(PromoCode.define('OLD', 10, null, null, null, clock.instant(), null))
        promoCodes.add(PromoCode.define('BIG', 10, null, 100, null, null, null))
        putInCart(ann, beans, 1)

        when:
        cartService.applyPromoCode(ann, code)

        then:
        InvalidValueException refused = thrown()
        refused.field() == 'code'
        refused.reason().name() == reason
        refused.details() == details
        !carts.find(ann).promoCode().isPresent()

        where:
        problem                | code   | reason                        | details
        'does not exist'       | 'NOPE' | 'PROMO_CODE_UNKNOWN'          | [code: 'NOPE']
        'is not valid yet'     | 'SOON' | 'PROMO_CODE_NOT_YET_VALID'    | [code: 'SOON']
        'has expired'          | 'OLD'  | 'PROMO_CODE_EXPIRED'          | [code: 'OLD']
        'needs a bigger order' | 'BIG'  | 'PROMO_CODE_MINIMUM_NOT_MET'  | [code: 'BIG', minimum: 100.00]
    }

    def "a valid promo code is applied and can be removed"() {
        given:
        promoCodes.add(PromoCode.define('FIVE', null, 5, null, null, null, null))
        putInCart(ann, beans, 2)

        expect:
        cartService.applyPromoCode(ann, ' five ').total() == Money.of('14.80')
        cartService.removePromoCode(ann).total() == Money.of('19.80')
    }

    private ProductId withdraw(ProductId id) {
        products.saveDetails(products.findById(id).get().withdraw(clock.instant()))
        id
    }
}
