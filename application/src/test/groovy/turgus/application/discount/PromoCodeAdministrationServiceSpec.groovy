package turgus.application.discount

import turgus.application.audit.port.out.AuditEventType
import turgus.application.shared.ConflictException
import turgus.application.shared.NotFoundException
import turgus.application.testing.ShopFixture
import turgus.domain.account.UserId
import turgus.domain.discount.PromoCode
import turgus.domain.shared.Money

class PromoCodeAdministrationServiceSpec extends ShopFixture {
    def "codes are created, listed, changed (keeping their use count) and deleted"() {
        given:
        promoAdmin.create(PromoCode.define('SPRING', 10, null, null, null, null, 5), admin)
        promoCodes.countUse('SPRING')

        when:
        PromoCode changed = promoAdmin.update('spring', PromoCode.define('SPRING', null, 3, 10, null, null, 9), admin)

        then:
        changed.amount().get() == Money.of('3.00')
        changed.timesUsed() == 1
        promoAdmin.list()*.code() == ['SPRING']

        when:
        promoAdmin.delete('SPRING', admin)

        then:
        promoAdmin.list().isEmpty()
        audit.types() == [AuditEventType.PROMO_CODE_CREATED, AuditEventType.PROMO_CODE_UPDATED,
                          AuditEventType.PROMO_CODE_DELETED]
        audit.events.every { it.actorId() == admin }
        audit.events[0].details() == 'code=SPRING value=10% minOrderTotal=0.00 maxUses=5'
        audit.events[1].details() == 'code=SPRING value.before=10% value.after="3.00 EUR"' +
                ' minOrderTotal.before=0.00 minOrderTotal.after=10.00 maxUses.before=5 maxUses.after=9'
        audit.events[2].details() == 'code=SPRING value="3.00 EUR" minOrderTotal=10.00 maxUses=9 timesUsed=1'
    }

    def "a second code of one name is a conflict"() {
        given:
        promoAdmin.create(PromoCode.define('ONE', 10, null, null, null, null, null), admin)

        when:
        promoAdmin.create(PromoCode.define('one', 10, null, null, null, null, null), admin)

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
        'changing' | { it.update('GHOST', PromoCode.define('GHOST', 5, null, null, null, null, null), UserId.of(900)) }
        'deleting' | { it.delete('GHOST', UserId.of(900)) }
        'deleting a malformed' | { it.delete('!', UserId.of(900)) }
    }
}
