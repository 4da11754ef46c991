package turgus.web.platform

import spock.lang.Specification

import java.nio.file.Path

/**
 * H2 refuses a file path that is implicitly relative to the working directory: such a path is
 * resolved against it before the pool opens the database, and every other URL is left as it is.
 */
class EmbeddedDatabasePathSpec extends Specification {
    static final Path WORKING_DIRECTORY = Path.of('/srv/shop')

    def "the database URL #url becomes #expected"() {
        expect:
        EmbeddedDatabasePath.absolute(url, WORKING_DIRECTORY) == expected

        where:
        url                                                   || expected
        'jdbc:h2:file:data/db/turgus;MODE=PostgreSQL'         || 'jdbc:h2:file:/srv/shop/data/db/turgus;MODE=PostgreSQL'
        'jdbc:h2:file:data/db/turgus'                         || 'jdbc:h2:file:/srv/shop/data/db/turgus'
        'jdbc:h2:file:shop-data/../data/db/turgus;A=1;B=2'    || 'jdbc:h2:file:/srv/shop/data/db/turgus;A=1;B=2'
        'jdbc:h2:file:./data/db/turgus;MODE=PostgreSQL'       || 'jdbc:h2:file:./data/db/turgus;MODE=PostgreSQL'
        'jdbc:h2:file:../data/db/turgus'                      || 'jdbc:h2:file:../data/db/turgus'
        'jdbc:h2:file:/var/lib/turgus/db/turgus;MODE=PostgreSQL' || 'jdbc:h2:file:/var/lib/turgus/db/turgus;MODE=PostgreSQL'
        'jdbc:h2:file:~/turgus/db/turgus'                     || 'jdbc:h2:file:~/turgus/db/turgus'
        'jdbc:h2:mem:test;DB_CLOSE_DELAY=-1'                  || 'jdbc:h2:mem:test;DB_CLOSE_DELAY=-1'
        'jdbc:postgresql://127.0.0.1:5432/turgus'             || 'jdbc:postgresql://127.0.0.1:5432/turgus'
    }
}
