package turgus.persistence.testing

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource

import javax.sql.DataSource
import java.sql.Connection
import java.sql.ResultSet
import java.sql.ResultSetMetaData
import java.sql.Timestamp
import java.time.OffsetDateTime

/**
 * Every row of every table but Flyway's history and the search tables derived from products, without
 * the columns the database generates (the kept search words of products), read over a connection of its own and written in a
 * form both databases agree on (moments as instants, binary data as base64, whole numbers as longs),
 * rows sorted, so that two dumps are equal exactly when the tables hold the same data.
 */
final class TableDump {
    private TableDump() {}

    static Map<String, List<Map<String, Object>>> of(DataSource dataSource) {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            connection.autoCommit = true
            Map<String, List<Map<String, Object>>> dump = new TreeMap<>()
            tables(connection).each { String table ->
                Set<String> generated = generatedColumns(connection, table)
                List<Map<String, Object>> rows = []
                connection.createStatement().withCloseable { statement ->
                    ResultSet found = statement.executeQuery("SELECT * FROM \"${table}\"")
                    ResultSetMetaData meta = found.metaData
                    while (found.next()) {
                        Map<String, Object> row = new TreeMap<>()
                        for (int i = 1; i <= meta.columnCount; i++) {
                            String column = meta.getColumnName(i).toLowerCase(Locale.ROOT)
                            if (!generated.contains(column)) {
                                row[column] = normalise(found.getObject(i))
                            }
                        }
                        rows << row
                    }
                }
                dump[table] = rows.sort { it.toString() }
            }
            dump
        } finally {
            connection.close()
        }
    }

    private static Set<String> generatedColumns(Connection connection, String table) {
        Set<String> generated = [] as Set
        ResultSet found = connection.metaData.getColumns(connection.catalog, connection.schema, table, '%')
        while (found.next()) {
            if ('YES'.equalsIgnoreCase(found.getString('IS_GENERATEDCOLUMN'))) {
                generated << found.getString('COLUMN_NAME').toLowerCase(Locale.ROOT)
            }
        }
        generated
    }

    static List<String> tables(Connection connection) {
        List<String> tables = []
        ResultSet found = connection.metaData.getTables(connection.catalog, connection.schema, '%', ['TABLE', 'BASE TABLE'] as String[])
        while (found.next()) {
            String table = found.getString('TABLE_NAME')
            // The search tables are derived from products, each database its own way, and not backed up.
            if (!table.equalsIgnoreCase('flyway_schema_history') && !(table.toLowerCase(Locale.ROOT) in ['product_search_terms', 'product_search_words'])) {
                tables << table
            }
        }
        found.close()
        tables.sort()
    }

    private static Object normalise(Object value) {
        switch (value) {
            case null: return null
            case OffsetDateTime: return ((OffsetDateTime) value).toInstant()
            case Timestamp: return ((Timestamp) value).toInstant()
            case byte[]: return Base64.encoder.encodeToString((byte[]) value)
            case Integer: case Short: case Long: return ((Number) value).longValue()
            default: return value
        }
    }
}
