package turgus.application.discount

import turgus.application.shared.ConflictException
import turgus.application.shared.NotFoundException
import turgus.application.testing.ShopFixture
import turgus.domain.discount.PromoCode
import turgus.domain.shared.Money

class PromoCodeAdministrationServiceSpec extends ShopFixture {
    def "codes are created, listed, changed (keeping their use count) and deleted"() {
        given:
        promoAdmin.create(PromoCode.define('SPRING', 10, null, null, null, null, 5))
        promoCodes.countUse('SPRING')

        when:
        PromoCode changed = promoAdmin.update('spring', PromoCode.define('SPRING', null, 3, 10, null, null, 9))

        then:
        changed.amount().get() == Money.of('3.00')
        changed.timesUsed() == 1
        promoAdmin.list()*.code() == ['SPRING']

        when:
        promoAdmin.delete('SPRING')

        then:
        promoAdmin.list().isEmpty()
    }

    def "a second code of one name is a conflict"() {
        given:
        promoAdmin.create(PromoCode.define('ONE', 10, null, null, null, null, null))

        when:
        promoAdmin.create(PromoCode.define('one', 10, null, null, null, null, null))

        then:
        thrown(ConflictException)
    }

    def "#action an unknown code is not found"() {
        when:
        call(promoAdmin)

        then:
        thrown(NotFoundException)

        where:
        action     | call
        'showing'  | { it.show('GHOST') }
        'changing' | { it.update('GHOST', PromoCode.define('GHOST', 5, null, null, null, null, null)) }
        'deleting' | { it.delete('GHOST') }
        'deleting a malformed' | { it.delete('!') }
    }
}
