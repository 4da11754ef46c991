package turgus.web.backup

import spock.lang.Specification

import java.time.Instant
import java.time.ZoneId
import java.time.ZoneOffset

class CronSlotsSpec extends Specification {
    def "a job of '#cron' that runs at #ranAt belongs to the firing of #slot"() {
        expect:
        new CronSlots(cron, ZoneOffset.UTC).slotOf(Instant.parse(ranAt)) == Instant.parse(slot)

        where:
        cron             | ranAt                      | slot
        '0 30 3 * * *'   | '2026-12-04T03:30:00Z'     | '2026-12-04T03:30:00Z'
        '0 30 3 * * *'   | '2026-12-04T03:30:00.020Z' | '2026-12-04T03:30:00Z'
        '0 30 3 * * *'   | '2026-12-04T03:29:59.990Z' | '2026-12-04T03:30:00Z'
        '0 30 3 * * *'   | '2026-12-04T03:31:30Z'     | '2026-12-04T03:30:00Z'
        '0 30 3 * * *'   | '2026-12-04T15:29:00Z'     | '2026-12-04T03:30:00Z'
        '0 30 3 * * *'   | '2026-12-04T15:31:00Z'     | '2026-12-05T03:30:00Z'
        '*/10 * * * * *' | '2026-12-04T12:00:10.300Z' | '2026-12-04T12:00:10Z'
        '*/10 * * * * *' | '2026-12-04T12:00:09.700Z' | '2026-12-04T12:00:10Z'
        '*/10 * * * * *' | '2026-12-04T12:00:14.900Z' | '2026-12-04T12:00:10Z'
        '*/10 * * * * *' | '2026-12-04T12:00:15.100Z' | '2026-12-04T12:00:20Z'
        '0 0 4 1 * *'    | '2026-12-01T04:00:02Z'     | '2026-12-01T04:00:00Z'
    }

    def "two instances woken for one firing, their clocks 300 ms apart, name the same slot"() {
        given:
        def slots = new CronSlots('0 30 3 * * *', ZoneId.of('Europe/Vilnius'))
        def firing = Instant.parse('2026-12-04T01:30:00Z')

        expect:
        slots.slotOf(firing.plusMillis(12)) == firing
        slots.slotOf(firing.minusMillis(300).plusMillis(40)) == firing
    }
}
