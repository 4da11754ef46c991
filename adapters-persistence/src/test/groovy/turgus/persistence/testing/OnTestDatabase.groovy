package turgus.persistence.testing

import io.micronaut.test.support.TestPropertyProvider

import javax.sql.DataSource

/**
 * The setup every database spec shares: its application context runs on a fresh database of its
 * own ({@link TestDatabase}: H2, or PostgreSQL when {@code TURGUS_TEST_DB=postgresql}), and every
 * feature starts from empty tables. The spec injects the data source
 * ({@code @Inject DataSource dataSource}), which this trait reads to empty them.
 */
trait OnTestDatabase implements TestPropertyProvider {
    abstract DataSource getDataSource()

    @Override
    Map<String, String> getProperties() {
        TestDatabase.properties() as Map<String, String>
    }

    def cleanup() {
        try {
            checkBeforeEmptying()
        } finally {
            TestDatabase.deleteAllRows(dataSource)
        }
    }

    /** What a spec asserts about the data every feature leaves behind, before it is deleted. */
    void checkBeforeEmptying() {
    }
}
