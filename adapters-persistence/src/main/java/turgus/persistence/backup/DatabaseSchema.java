package turgus.persistence.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of the database as its JDBC metadata tells them now, so that a backup covers every
 * table the migrations have made, including those added after this class was written. Flyway's own
 * history is not data and is left out, and so are the search tables that the database derives from
 * {@code products} by itself ({@link #DERIVED}): they differ between H2 and PostgreSQL, and a
 * restore rebuilds them as it inserts the products. Tables come parents first: in an order where every table
 * follows the tables its foreign keys point at.
 */
record DatabaseSchema(List<Table> tables, String version, boolean postgreSql) {
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /** Kept by triggers on {@code products} (migration V20), never written by the shop itself. */
    static final Set<String> DERIVED = Set.of("product_search_terms", "product_search_words");

    DatabaseSchema {
        tables = List.copyOf(tables);
    }

    Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** One table: its columns in their order, its primary key and the tables it refers to. */
    record Table(String name, List<Column> columns, List<String> primaryKey, Set<String> parents) {
        Table {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
            parents = Collections.unmodifiableSet(new TreeSet<>(parents));
        }

        Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }

        String quoted() {
            return quote(name);
        }
    }

    /** One column, with the kind of value it holds and whether the database generates it. */
    record Column(String name, ValueKind kind, int jdbcType, boolean identity) {
        String quoted() {
            return quote(name);
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Reads the schema of the connection's current schema. */
    static DatabaseSchema read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        boolean postgreSql =
                meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        Map<String, Table> byName = new TreeMap<>();
        try (ResultSet found = meta.getTables(catalog, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (found.next()) {
                String name = found.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(FLYWAY_HISTORY) && !DERIVED.contains(name.toLowerCase(Locale.ROOT))) {
                    byName.put(name, null);
                }
            }
        }
        for (String name : List.copyOf(byName.keySet())) {
            byName.put(
                    name,
                    new Table(
                            name,
                            columns(meta, catalog, schema, name),
                            primaryKey(meta, catalog, schema, name),
                            parents(meta, catalog, schema, name)));
        }
        return new DatabaseSchema(parentsFirst(byName), version(connection), postgreSql);
    }

    private static List<Column> columns(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet found = meta.getColumns(catalog, schema, table, "%")) {
            while (found.next()) {
                if ("YES".equalsIgnoreCase(found.getString("IS_GENERATEDCOLUMN"))
                        && !"YES".equalsIgnoreCase(found.getString("IS_AUTOINCREMENT"))) {
                    continue; // computed from the other columns; never written
                }
                int type = found.getInt("DATA_TYPE");
                columns.add(new Column(
                        found.getString("COLUMN_NAME"),
                        ValueKind.of(type, found.getString("TYPE_NAME")),
                        type,
                        "YES".equalsIgnoreCase(found.getString("IS_AUTOINCREMENT"))));
            }
        }
        return columns;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet found = meta.getPrimaryKeys(catalog, schema, table)) {
            while (found.next()) {
                columns.put(found.getInt("KEY_SEQ"), found.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(columns.values());
    }

    private static Set<String> parents(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Set<String> parents = new TreeSet<>();
        try (ResultSet found = meta.getImportedKeys(catalog, schema, table)) {
            while (found.next()) {
                String parent = found.getString("PKTABLE_NAME");
                if (!parent.equals(table)) {
                    parents.add(parent);
                }
            }
        }
        return parents;
    }

    /** Kahn's order, alphabetical among equals; tables in a cycle (none today) follow alphabetically. */
    private static List<Table> parentsFirst(Map<String, Table> byName) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        Deque<String> pending = new ArrayDeque<>(byName.keySet());
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (String name : List.copyOf(pending)) {
                Table table = byName.get(name);
                boolean ready = table.parents().stream().allMatch(p -> placed.contains(p) || !byName.containsKey(p));
                if (ready) {
                    ordered.add(table);
                    placed.add(name);
                    pending.remove(name);
                    progress = true;
                }
            }
        }
        pending.forEach(name -> ordered.add(byName.get(name)));
        return ordered;
    }

    /** The highest version Flyway applied successfully ("15", "8.1"). */
    private static String version(Connection connection) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery(
                        "SELECT version FROM " + FLYWAY_HISTORY + " WHERE success AND version IS NOT NULL")) {
            while (found.next()) {
                versions.add(found.getString(1));
            }
        }
        return versions.stream().max(DatabaseSchema::compareVersions).orElse("0");
    }

    /** Compares Flyway versions part by part as numbers: 8.1 &lt; 10 &lt; 15. */
    static int compareVersions(String a, String b) {
        String[] left = a.split("[._]");
        String[] right = b.split("[._]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? number(left[i]) : 0;
            long r = i < right.length ? number(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }

    static boolean isVersion(String text) {
        return text != null && text.matches("\\d{1,9}([._]\\d{1,9}){0,5}");
    }

    private static long number(String part) {
        return Long.parseLong(part);
    }
}
