package turgus.persistence.discount

import spock.lang.Specification
import turgus.application.discount.port.out.PromoCodeRepository
import turgus.application.shared.ConflictException
import turgus.domain.discount.PromoCode

import java.time.Instant

/** What every {@link PromoCodeRepository} promises. Each feature starts empty. */
abstract class PromoCodeRepositoryContract extends Specification {
    static final Instant FROM = Instant.parse('2026-11-01T00:00:00Z')
    static final Instant UNTIL = Instant.parse('2026-12-01T00:00:00Z')

    abstract PromoCodeRepository getPromoCodes()

    def "a code worth #what is stored and read back as it was"() {
        given:
        PromoCode code = PromoCode.define(name, percent, amount, 20, FROM, UNTIL, maxUses)

        expect:
        promoCodes.add(code) == code
        promoCodes.find(code.code()).get() == code

        where:
        what               | name     | percent | amount | maxUses
        'a percent'        | 'TENOFF' | 10      | null   | 5
        'an amount'        | 'FIVE'   | null    | 5.5    | null
    }

    def "a second code of one name is a conflict"() {
        given:
        promoCodes.add(PromoCode.define('ONE', 10, null, null, null, null, null))

        when:
        promoCodes.add(PromoCode.define('ONE', 20, null, null, null, null, null))

        then:
        thrown(ConflictException)
    }

    def "uses are counted up to the limit, never beyond"() {
        given:
        promoCodes.add(PromoCode.define('TWICE', 10, null, null, null, null, 2))

        expect:
        promoCodes.countUse('TWICE')
        promoCodes.countUse('TWICE')
        !promoCodes.countUse('TWICE')
        !promoCodes.countUse('UNKNOWN')
        promoCodes.find('TWICE').get().timesUsed() == 2
    }

    def "new terms keep the use count; deleting removes the code"() {
        given:
        promoCodes.add(PromoCode.define('SPRING', 10, null, null, null, null, 10))
        promoCodes.countUse('SPRING')

        when:
        boolean changed = promoCodes.updateTerms(
                promoCodes.find('SPRING').get().changeTerms(PromoCode.define('SPRING', null, 3, 15, null, UNTIL, 20)))

        then:
        changed
        with(promoCodes.find('SPRING').get()) {
            amount().isPresent()
            maxUses() == 20
            timesUsed() == 1
        }
        promoCodes.all()*.code() == ['SPRING']
        promoCodes.delete('SPRING')
        !promoCodes.delete('SPRING')
        promoCodes.find('SPRING').isEmpty()
    }
}
