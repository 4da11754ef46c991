package turgus.application.audit

import java.time.Instant
import spock.lang.Specification
import turgus.application.audit.port.out.AuditEvent
import turgus.application.audit.port.out.AuditEventType
import turgus.application.audit.port.out.EventDetails
import turgus.domain.shared.Money

/** The details of an event are one line of key=value pairs that no typed text can break or forge. */
class EventDetailsSpec extends Specification {

    def "the value #shown is written as #written"() {
        expect:
        EventDetails.of('v', value).toString() == "v=${written}"

        where:
        value                              | written
        'plain'                            | 'plain'
        7                                  | '7'
        Money.of('12.5')                   | '12.50'
        Instant.parse('2026-11-21T10:15:30Z') | '2026-11-21T10:15:30Z'
        'Green tea'                        | '"Green tea"'
        ''                                 | '""'
        'a=b'                              | '"a=b"'
        'say "hi"'                         | '"say \\"hi\\""'
        'back\\slash'                      | '"back\\\\slash"'
        'line\nforged'                     | 'line\\nforged'
        'line\nforged=yes'                 | '"line\\nforged=yes"'
        'two words\nsecond line'           | '"two words\\nsecond line"'
        'carriage\rreturn'                 | 'carriage\\rreturn'
        'tab\there'                        | 'tab\\there'
        'esc\u001b[31mred'                 | 'esc\\u001b[31mred'
        'nul\u0000'                        | 'nul\\u0000'
        'next\u0085line'                   | 'next\\u0085line'
        'line\u2028separator'              | 'line\\u2028separator'
        'para\u2029graph'                  | 'para\\u2029graph'
        'right\u202eto left'               | '"right\\u202eto left"'
        'Čaj ёлка'                         | '"Čaj ёлка"'
        shown = value.toString().replaceAll(/\p{C}|\u2028|\u2029/, '?')
    }

    def "pairs follow each other on one line, and a null value is left out"() {
        expect:
        EventDetails.of('productId', 7).and('note', null).and('name', 'Tea').toString() == 'productId=7 name=Tea'
    }

    def "a change names the value before and after, and nothing when it stayed: #before → #after"() {
        expect:
        EventDetails.of('id', 1).change('price', before, after).toString() == written

        where:
        before           | after            | written
        Money.of('4.00') | Money.of('5.25') | 'id=1 price.before=4.00 price.after=5.25'
        Money.of('4.00') | Money.of('4.00') | 'id=1'
        null             | 25               | 'id=1 price.before="" price.after=25'
        'old name'       | 'new'            | 'id=1 price.before="old name" price.after=new'
    }

    def "a key that could itself forge a pair is refused: #key"() {
        when:
        EventDetails.of(key, 'x')

        then:
        thrown(IllegalArgumentException)

        where:
        key << ['', 'a b', 'a=b', '1st', 'x\ny', 'ü']
    }

    def "an event's details are one line whoever wrote them: #details"() {
        expect:
        new AuditEvent(Instant.EPOCH, AuditEventType.LOGIN_FAILED, null, null, null, details).details() == stored

        where:
        details                          | stored
        'unknown name, 1 in a row'       | 'unknown name, 1 in a row'
        'from a@x.com\n2026 LOGIN_SUCCEEDED' | 'from a@x.com\\n2026 LOGIN_SUCCEEDED'
        'bell\u0007 and \\n kept'        | 'bell\\u0007 and \\n kept'
        null                             | ''
    }
}
