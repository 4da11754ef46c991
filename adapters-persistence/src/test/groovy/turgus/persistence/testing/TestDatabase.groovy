package turgus.persistence.testing

import groovy.transform.CompileStatic
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource

import javax.sql.DataSource
import java.sql.Connection
import java.sql.DriverManager
import java.sql.ResultSet
import java.sql.SQLException
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicBoolean

/**
 * A fresh, empty database for each application context a spec starts.
 *
 * <p>By default an in-memory H2 database in PostgreSQL mode, with a name of its own. With the
 * environment variable {@code TURGUS_TEST_DB=postgresql}, a new schema with a random name in the
 * PostgreSQL database at {@code TURGUS_TEST_PG_URL} (user {@code TURGUS_TEST_PG_USER}, default
 * {@code postgres}; password {@code TURGUS_TEST_PG_PASSWORD}, default empty): Flyway creates the
 * schema and migrates it, and every connection uses it as its current schema. The schemas made
 * for a test run are dropped when its JVM exits.
 *
 * <pre>
 * class SomeSpec extends Specification implements TestPropertyProvider {
 *     Map&lt;String, String&gt; getProperties() { TestDatabase.properties() }
 * }
 * </pre>
 */
@CompileStatic
final class TestDatabase {
    public static final String SELECTOR = 'TURGUS_TEST_DB'
    public static final String POSTGRESQL = 'postgresql'

    /**
     * The flags H2 needs to behave like PostgreSQL for our SQL. The production file URL adds
     * {@code WRITE_DELAY=0} (see application.yml), which only matters for a file: these databases
     * live in memory. The specs that kill the shop run it on the production URL itself.
     */
    public static final String H2_FLAGS = 'MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000'

    private static final Set<String> CREATED_SCHEMAS = ConcurrentHashMap.newKeySet()
    private static final AtomicBoolean DROP_AT_EXIT = new AtomicBoolean()

    private TestDatabase() {}

    /** Whether this run uses PostgreSQL rather than H2. */
    static boolean isPostgreSql() {
        System.getenv(SELECTOR)?.trim()?.equalsIgnoreCase(POSTGRESQL)
    }

    /** "H2" or "PostgreSQL", for spec and feature names. */
    static String describe() {
        postgreSql ? 'PostgreSQL' : 'H2'
    }

    /**
     * Micronaut properties for a new, isolated database: the default data source, the dialect its
     * repositories are compiled for, and Flyway migrating it at start. All values are strings, so
     * the map also serves {@code TestPropertyProvider}.
     */
    static Map<String, Object> properties() {
        Map<String, Object> properties = [
                'datasources.default.dialect'          : 'POSTGRES',
                'datasources.default.schema-generate'  : 'NONE',
                'datasources.default.maximum-pool-size': '10',
                'datasources.default.minimum-idle'     : '1',
                'flyway.datasources.default.enabled'   : 'true',
        ] as Map<String, Object>
        properties.putAll(postgreSql ? postgreSqlProperties() : h2Properties())
        properties
    }

    /**
     * The properties of a new in-memory H2 database, whatever {@code TURGUS_TEST_DB} says: for specs
     * that need an H2 database beside the run's own (a backup made on H2, restored into PostgreSQL).
     */
    static Map<String, Object> h2() {
        Map<String, Object> properties = properties()
        properties.keySet().removeAll { it.startsWith('flyway.datasources.default.') && it != 'flyway.datasources.default.enabled' }
        properties.putAll(h2Properties())
        properties
    }

    /**
     * Deletes every row of every table but Flyway's history, so that the features of one spec
     * start from the same empty, migrated database. Takes the data source bean as injected: its own
     * connection, outside any transaction.
     */
    static void deleteAllRows(DataSource dataSource) {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            connection.autoCommit = true
            String schema = connection.schema
            List<String> tables = tablesOf(connection, schema)
            if (tables.empty) {
                return
            }
            if (connection.metaData.databaseProductName.toLowerCase(Locale.ROOT).contains('postgres')) {
                String all = tables.collect { "${quote(schema)}.${quote(it)}" }.join(', ')
                connection.createStatement().withCloseable { it.execute("TRUNCATE TABLE ${all} CASCADE") }
            } else {
                connection.createStatement().withCloseable { statement ->
                    statement.execute('SET REFERENTIAL_INTEGRITY FALSE')
                    try {
                        tables.each { statement.execute("TRUNCATE TABLE ${quote(schema)}.${quote(it)}") }
                    } finally {
                        statement.execute('SET REFERENTIAL_INTEGRITY TRUE')
                    }
                }
            }
        } finally {
            connection.close()
        }
    }

    private static Map<String, Object> h2Properties() {
        [
                'datasources.default.url'              : "jdbc:h2:mem:turgus-${UUID.randomUUID()};${H2_FLAGS}".toString(),
                'datasources.default.username'         : 'sa',
                'datasources.default.password'         : '',
                'datasources.default.driver-class-name': 'org.h2.Driver',
        ] as Map<String, Object>
    }

    private static Map<String, Object> postgreSqlProperties() {
        String url = System.getenv('TURGUS_TEST_PG_URL')
        if (!url?.trim()) {
            throw new IllegalStateException("${SELECTOR}=${POSTGRESQL} needs TURGUS_TEST_PG_URL, e.g. jdbc:postgresql://127.0.0.1:55432/turgus")
        }
        String user = System.getenv('TURGUS_TEST_PG_USER') ?: 'postgres'
        String password = System.getenv('TURGUS_TEST_PG_PASSWORD') ?: ''
        String schema = 't_' + UUID.randomUUID().toString().replace('-', '').substring(0, 16)
        dropAtExit(url.trim(), user, password, schema)
        [
                'datasources.default.url'                 : withCurrentSchema(url.trim(), schema),
                'datasources.default.username'            : user,
                'datasources.default.password'            : password,
                'datasources.default.driver-class-name'   : 'org.postgresql.Driver',
                'flyway.datasources.default.schemas'      : schema,
                'flyway.datasources.default.create-schemas': 'true',
        ] as Map<String, Object>
    }

    private static void dropAtExit(String url, String user, String password, String schema) {
        CREATED_SCHEMAS << schema
        if (DROP_AT_EXIT.compareAndSet(false, true)) {
            Runtime.runtime.addShutdownHook(new Thread({ dropCreatedSchemas(url, user, password) } as Runnable))
        }
    }

    private static void dropCreatedSchemas(String url, String user, String password) {
        try {
            Connection connection = DriverManager.getConnection(url, user, password)
            try {
                CREATED_SCHEMAS.each { String schema ->
                    connection.createStatement().withCloseable { it.execute("DROP SCHEMA IF EXISTS ${quote(schema)} CASCADE") }
                }
            } finally {
                connection.close()
            }
        } catch (SQLException ignored) {
            // A schema left behind costs nothing in a throwaway server; the run's result stands.
        }
    }

    private static String withCurrentSchema(String url, String schema) {
        url + (url.contains('?') ? '&' : '?') + 'currentSchema=' + schema
    }

    private static List<String> tablesOf(Connection connection, String schema) {
        List<String> tables = []
        ResultSet found = connection.metaData.getTables(null, schema, '%', ['TABLE', 'BASE TABLE'] as String[])
        try {
            while (found.next()) {
                String table = found.getString('TABLE_NAME')
                if (!table.equalsIgnoreCase('flyway_schema_history')) {
                    tables << table
                }
            }
        } finally {
            found.close()
        }
        tables
    }

    private static String quote(String identifier) {
        '"' + identifier.replace('"', '""') + '"'
    }
}
