package turgus.web

import spock.lang.Specification
import spock.lang.Unroll

class DemoDataSpec extends Specification {

    @Unroll
    void "demo data is #expected for setting '#setting' on '#url'"() {
        expect:
        DemoData.decide(setting, url) == expected

        where:
        setting  | url                                                  | expected
        null     | 'jdbc:h2:file:./data/db/turgus;MODE=PostgreSQL'      | true
        ''       | 'jdbc:h2:file:./data/db/turgus'                      | true
        null     | 'jdbc:postgresql://db:5432/turgus'                   | false
        'true'   | 'jdbc:postgresql://db:5432/turgus'                   | true
        'false'  | 'jdbc:h2:file:./data/db/turgus'                      | false
        ' TRUE ' | null                                                 | true
        null     | null                                                 | false
    }
}
