package turgus.persistence.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.h2.api.Trigger;
import turgus.domain.catalog.search.SearchText;

/**
 * H2's search index, kept by the database: after a product is inserted, or its name or description
 * changed, its words ({@link SearchText}) are written to {@code product_search_terms} (word, product,
 * whether the word is in the name) and added to the vocabulary {@code product_search_words}, in the
 * transaction that wrote the product. A restore that inserts products rebuilds them the same way.
 *
 * <p>Like {@code JdbcBackupArchive}, this is no adapter: H2 calls it with the connection of the
 * statement that fired it, so its statements are plain JDBC on that connection. PostgreSQL needs no
 * such class: its full-text index and a PL/pgSQL trigger do the same (migration
 * {@code vendor/postgresql/V20}).
 */
public final class H2ProductSearchTrigger implements Trigger {
    static final String DELETE_TERMS = "DELETE FROM product_search_terms WHERE product_id = ?";
    static final String INSERT_TERM = "INSERT INTO product_search_terms (word, product_id, in_name) VALUES (?, ?, ?)";
    static final String INSERT_WORD = "INSERT INTO product_search_words (word) VALUES (?) ON CONFLICT DO NOTHING";

    private int id = -1;
    private int name = -1;
    private int description = -1;

    public H2ProductSearchTrigger() {
        // H2 makes one per trigger
    }

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                int index = columns.getInt("ORDINAL_POSITION") - 1;
                switch (columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)) {
                    case "id" -> id = index;
                    case "name" -> name = index;
                    case "description" -> description = index;
                    default -> {
                        // not searched
                    }
                }
            }
        }
        if (id < 0 || name < 0 || description < 0) {
            throw new SQLException("The search trigger needs id, name and description on " + table);
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null) {
            return; // a deleted product's terms go with it (ON DELETE CASCADE)
        }
        boolean changed = oldRow == null
                || !oldRow[name].equals(newRow[name])
                || !oldRow[description].equals(newRow[description]);
        if (changed) {
            index(
                    connection,
                    ((Number) newRow[id]).longValue(),
                    (String) newRow[name],
                    (String) newRow[description],
                    oldRow != null);
        }
    }

    /** Indexes every product: for the migration that adds the index to a catalog that exists already. */
    public static void indexAll(Connection connection) throws SQLException {
        try (PreparedStatement all = connection.prepareStatement("SELECT id, name, description FROM products");
                ResultSet found = all.executeQuery()) {
            while (found.next()) {
                index(connection, found.getLong(1), found.getString(2), found.getString(3), true);
            }
        }
    }

    private static void index(Connection connection, long product, String name, String description, boolean replace)
            throws SQLException {
        if (replace) {
            try (PreparedStatement delete = connection.prepareStatement(DELETE_TERMS)) {
                delete.setLong(1, product);
                delete.executeUpdate();
            }
        }
        Set<String> inName = SearchText.distinctWords(name);
        Set<String> inDescription = SearchText.distinctWords(description);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_TERM)) {
            addTerms(insert, product, inName, true);
            addTerms(insert, product, inDescription, false);
            insert.executeBatch();
        }
        Set<String> vocabulary = new LinkedHashSet<>(inName);
        vocabulary.addAll(inDescription);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_WORD)) {
            for (String word : vocabulary) {
                insert.setString(1, word);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void addTerms(PreparedStatement insert, long product, Set<String> words, boolean inName)
            throws SQLException {
        for (String word : words) {
            insert.setString(1, word);
            insert.setLong(2, product);
            insert.setBoolean(3, inName);
            insert.addBatch();
        }
    }
}
