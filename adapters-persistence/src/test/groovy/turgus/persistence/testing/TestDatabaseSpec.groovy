package turgus.persistence.testing

import spock.lang.Specification

class TestDatabaseSpec extends Specification {
    def "every call answers a database of its own"() {
        expect:
        TestDatabase.properties()['datasources.default.url'] != TestDatabase.properties()['datasources.default.url']
    }

    def "the properties name the data source, the dialect and Flyway"() {
        when:
        Map<String, Object> properties = TestDatabase.properties()

        then:
        properties.keySet().containsAll([
                'datasources.default.url', 'datasources.default.username', 'datasources.default.password',
                'datasources.default.driver-class-name', 'datasources.default.dialect',
                'flyway.datasources.default.enabled'])
        properties['datasources.default.dialect'] == 'POSTGRES'
        properties.values().every { it instanceof String }
    }

    def "H2 runs in PostgreSQL mode; PostgreSQL gets a fresh schema"() {
        when:
        Map<String, Object> properties = TestDatabase.properties()
        String url = properties['datasources.default.url']

        then:
        if (TestDatabase.postgreSql) {
            assert TestDatabase.describe() == 'PostgreSQL'
            String schema = properties['flyway.datasources.default.schemas']
            assert url.contains("currentSchema=${schema}")
            assert properties['flyway.datasources.default.create-schemas'] == 'true'
        } else {
            assert TestDatabase.describe() == 'H2'
            assert url.startsWith('jdbc:h2:mem:')
            assert url.contains('MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000')
        }
    }
}
