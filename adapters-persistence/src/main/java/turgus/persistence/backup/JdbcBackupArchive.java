package turgus.persistence.backup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import turgus.application.backup.port.in.BackupInvalidException;
import turgus.application.backup.port.in.BackupTooNewException;
import turgus.application.backup.port.out.BackupArchive;
import turgus.application.backup.port.out.BackupContents;
import turgus.application.backup.port.out.PictureFiles;
import turgus.persistence.shared.JdbcTransactions;

/**
 * A backup as a ZIP file: {@code manifest.json} ({@code {format: "turgus-backup", formatVersion:
 * 1, schemaVersion, createdAt, tables: {name: rows}}}), one {@code tables/<name>.jsonl} per table
 * (one JSON object per row, column names as keys, values as {@link ValueKind} writes them) and
 * {@code pictures/<folder>/<name>}.
 *
 * <p>This is the one adapter that reads and writes tables it does not know when it is compiled: the
 * tables and columns come from the database's metadata when it runs ({@link DatabaseSchema}), so no
 * repository can declare its statements. It uses the connection of a {@link JdbcTransactions} unit of
 * work and quotes every name it got from that metadata; names read from a file are only used once
 * matched to a table or column the database has.
 *
 * <p>Writing reads every table in one read-only snapshot transaction, row by row in primary-key
 * order. Restoring deletes every table's rows (children first), inserts the file's rows (parents
 * first) in batches, then moves every identity column past its largest restored value, all inside
 * the caller's unit of work; on PostgreSQL every table is locked first, so no request writes in
 * between.
 */
@Singleton
public final class JdbcBackupArchive implements BackupArchive {
    static final String FORMAT = "turgus-backup";
    static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String TABLES = "tables/";
    static final String TABLE_SUFFIX = ".jsonl";
    static final String PICTURES = "pictures/";
    private static final int FETCH_SIZE = 500;
    private static final int BATCH_SIZE = 500;

    private final JdbcTransactions transactions;
    private final JsonFactory json = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public JdbcBackupArchive(JdbcTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    // --- writing ---------------------------------------------------------------------------

    @Override
    public BackupContents write(OutputStream out, Instant createdAt, PictureFiles pictures) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try {
            BackupContents contents = transactions.inReadOnlySnapshot(connection -> {
                try {
                    DatabaseSchema schema = DatabaseSchema.read(connection);
                    Map<String, Long> counts = new LinkedHashMap<>();
                    for (DatabaseSchema.Table table : schema.tables()) {
                        zip.putNextEntry(new ZipEntry(TABLES + table.name() + TABLE_SUFFIX));
                        counts.put(table.name(), writeRows(connection, table, zip));
                        zip.closeEntry();
                    }
                    for (String picture : pictures.list()) {
                        zip.putNextEntry(new ZipEntry(PICTURES + picture));
                        pictures.copy(picture, zip);
                        zip.closeEntry();
                    }
                    return new BackupContents(schema.version(), createdAt, counts);
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                } catch (SQLException failed) {
                    throw new IllegalStateException("The database could not be read for a backup", failed);
                }
            });
            zip.putNextEntry(new ZipEntry(MANIFEST));
            writeManifest(contents, zip);
            zip.closeEntry();
            zip.finish();
            return contents;
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
    }

    private long writeRows(Connection connection, DatabaseSchema.Table table, OutputStream out)
            throws SQLException, IOException {
        String columns =
                table.columns().stream().map(DatabaseSchema.Column::quoted).collect(Collectors.joining(", "));
        String order = table.primaryKey().isEmpty()
                ? ""
                : " ORDER BY "
                        + table.primaryKey().stream().map(DatabaseSchema::quote).collect(Collectors.joining(", "));
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet found = statement.executeQuery("SELECT " + columns + " FROM " + table.quoted() + order)) {
                JsonGenerator generator = json.createGenerator(out);
                while (found.next()) {
                    generator.writeStartObject();
                    int index = 1;
                    for (DatabaseSchema.Column column : table.columns()) {
                        generator.writeFieldName(column.name());
                        column.kind().write(found, index++, generator);
                    }
                    generator.writeEndObject();
                    generator.writeRaw('\n');
                    rows++;
                }
                generator.flush();
            }
        }
        return rows;
    }

    private void writeManifest(BackupContents contents, OutputStream out) throws IOException {
        JsonGenerator generator = json.createGenerator(out).useDefaultPrettyPrinter();
        generator.writeStartObject();
        generator.writeStringField("format", FORMAT);
        generator.writeNumberField("formatVersion", FORMAT_VERSION);
        generator.writeStringField("schemaVersion", contents.schemaVersion());
        generator.writeStringField("createdAt", contents.createdAt().toString());
        generator.writeObjectFieldStart("tables");
        for (Map.Entry<String, Long> table : contents.tables().entrySet()) {
            generator.writeNumberField(table.getKey(), table.getValue());
        }
        generator.writeEndObject();
        generator.writeEndObject();
        generator.flush();
    }

    // --- checking --------------------------------------------------------------------------

    @Override
    public BackupContents check(Path file) {
        DatabaseSchema schema = transactions.onConnection(JdbcBackupArchive::schemaOf);
        try (ZipFile zip = open(file)) {
            BackupContents manifest = readManifest(zip);
            if (DatabaseSchema.compareVersions(manifest.schemaVersion(), schema.version()) > 0) {
                throw new BackupTooNewException(manifest.schemaVersion(), schema.version());
            }
            checkEntries(zip, manifest);
            for (Map.Entry<String, Long> listed : manifest.tables().entrySet()) {
                DatabaseSchema.Table table = schema.table(listed.getKey())
                        .orElseThrow(() -> BackupInvalidException.unknownTable(listed.getKey()));
                long rows = readRows(zip, table, row -> {});
                if (rows != listed.getValue()) {
                    throw BackupInvalidException.damaged(entryName(table.name()));
                }
            }
            return manifest;
        } catch (IOException unreadable) {
            throw BackupInvalidException.damaged("the file");
        }
    }

    private static ZipFile open(Path file) {
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException notZip) {
            throw startsLikeZip(file)
                    ? BackupInvalidException.damaged("the file")
                    : BackupInvalidException.notABackup("not a ZIP file");
        } catch (IOException unreadable) {
            throw BackupInvalidException.damaged("the file");
        }
    }

    /** A ZIP file starts with a local header; one that does but cannot be opened was cut short or damaged. */
    private static boolean startsLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException unreadable) {
            return false;
        }
    }

    private BackupContents readManifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw BackupInvalidException.notABackup("no manifest");
        }
        String format = null;
        Long formatVersion = null;
        String schemaVersion = null;
        String createdAt = null;
        Map<String, Long> tables = null;
        try (InputStream in = zip.getInputStream(entry);
                JsonParser parser = json.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw BackupInvalidException.notABackup("the manifest is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "format" -> format = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "formatVersion" ->
                        formatVersion = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : null;
                    case "schemaVersion" -> schemaVersion = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "createdAt" -> createdAt = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "tables" -> tables = readCounts(parser);
                    default -> parser.skipChildren();
                }
            }
        } catch (JsonProcessingException broken) {
            throw BackupInvalidException.damaged(MANIFEST);
        }
        if (!FORMAT.equals(format)) {
            throw BackupInvalidException.notABackup("the manifest names another format");
        }
        if (formatVersion == null || formatVersion != FORMAT_VERSION) {
            throw BackupInvalidException.unsupportedFormat(formatVersion == null ? 0 : formatVersion);
        }
        if (!DatabaseSchema.isVersion(schemaVersion) || createdAt == null || tables == null) {
            throw BackupInvalidException.damaged(MANIFEST);
        }
        try {
            return new BackupContents(schemaVersion, Instant.parse(createdAt), tables);
        } catch (DateTimeParseException wrongTime) {
            throw BackupInvalidException.damaged(MANIFEST);
        }
    }

    private static Map<String, Long> readCounts(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String table = parser.currentName();
            if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() < 0) {
                throw BackupInvalidException.damaged(MANIFEST);
            }
            counts.put(table, parser.getLongValue());
        }
        return counts;
    }

    /** Every table file is in the manifest and the reverse; nothing else but pictures is in the file. */
    private static void checkEntries(ZipFile zip, BackupContents manifest) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.equals(MANIFEST) || name.startsWith(PICTURES)) {
                continue;
            }
            boolean listedTable = name.startsWith(TABLES)
                    && name.endsWith(TABLE_SUFFIX)
                    && manifest.tables()
                            .containsKey(name.substring(TABLES.length(), name.length() - TABLE_SUFFIX.length()));
            if (!listedTable) {
                throw BackupInvalidException.damaged(name);
            }
        }
        for (String table : manifest.tables().keySet()) {
            if (zip.getEntry(entryName(table)) == null) {
                throw BackupInvalidException.damaged(entryName(table));
            }
        }
    }

    private static String entryName(String table) {
        return TABLES + table + TABLE_SUFFIX;
    }

    /** A row as read from a file: its columns (those of the table's first row) and their values. */
    @FunctionalInterface
    private interface RowSink {
        void accept(List<Object> values) throws SQLException;
    }

    /**
     * Reads every row of the table's file, checking each column and value, and hands the values to
     * {@code sink} in the table's column order of the file's first row.
     */
    private long readRows(ZipFile zip, DatabaseSchema.Table table, RowSink sink) {
        return readRows(zip, table, (columns, values) -> sink.accept(values));
    }

    @FunctionalInterface
    private interface ColumnsAndRowSink {
        void accept(List<DatabaseSchema.Column> columns, List<Object> values) throws SQLException;
    }

    private long readRows(ZipFile zip, DatabaseSchema.Table table, ColumnsAndRowSink sink) {
        String name = entryName(table.name());
        ZipEntry entry = zip.getEntry(name);
        long rows = 0;
        List<DatabaseSchema.Column> columns = null;
        try (InputStream in = zip.getInputStream(entry);
                JsonParser parser = json.createParser(in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.START_OBJECT) {
                    throw BackupInvalidException.damaged(name + " line " + (rows + 1));
                }
                List<DatabaseSchema.Column> seen = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    DatabaseSchema.Column column = table.column(field)
                            .orElseThrow(() -> BackupInvalidException.unknownColumn(table.name(), field));
                    parser.nextToken();
                    try {
                        values.add(column.kind().read(parser));
                    } catch (IllegalArgumentException wrongValue) {
                        throw BackupInvalidException.damaged(name + " line " + (rows + 1) + ", column " + field);
                    }
                    seen.add(column);
                }
                if (columns == null) {
                    columns = seen;
                } else if (!columns.equals(seen)) {
                    throw BackupInvalidException.damaged(name + " line " + (rows + 1));
                }
                rows++;
                sink.accept(columns, values);
            }
        } catch (IOException unreadable) {
            throw BackupInvalidException.damaged(rows == 0 ? name : name + " line " + (rows + 1));
        } catch (SQLException refused) {
            throw BackupInvalidException.damaged(name + " line " + rows);
        }
        return rows;
    }

    // --- restoring -------------------------------------------------------------------------

    @Override
    public BackupContents restoreRows(Path file) {
        return transactions.onConnection(connection -> {
            try (ZipFile zip = open(file)) {
                DatabaseSchema schema = DatabaseSchema.read(connection);
                BackupContents manifest = readManifest(zip);
                if (schema.postgreSql()) {
                    lockAll(connection, schema);
                }
                List<DatabaseSchema.Table> childrenFirst = new ArrayList<>(schema.tables());
                Collections.reverse(childrenFirst);
                try (Statement statement = connection.createStatement()) {
                    for (DatabaseSchema.Table table : childrenFirst) {
                        statement.executeUpdate("DELETE FROM " + table.quoted());
                    }
                }
                Map<String, Long> restored = new LinkedHashMap<>();
                for (DatabaseSchema.Table table : schema.tables()) {
                    if (manifest.tables().containsKey(table.name())) {
                        restored.put(table.name(), insertRows(connection, zip, table, schema.postgreSql()));
                    }
                }
                continueIdentities(connection, schema);
                return new BackupContents(manifest.schemaVersion(), manifest.createdAt(), restored);
            } catch (IOException unreadable) {
                throw BackupInvalidException.damaged("the file");
            } catch (SQLException refused) {
                throw new IllegalStateException("The backup could not be restored", refused);
            }
        });
    }

    private static void lockAll(Connection connection, DatabaseSchema schema) throws SQLException {
        if (schema.tables().isEmpty()) {
            return;
        }
        String all = schema.tables().stream().map(DatabaseSchema.Table::quoted).collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE " + all + " IN ACCESS EXCLUSIVE MODE");
        }
    }

    private long insertRows(Connection connection, ZipFile zip, DatabaseSchema.Table table, boolean postgreSql)
            throws SQLException {
        PreparedStatement[] insert = new PreparedStatement[1];
        List<DatabaseSchema.Column>[] insertColumns = new List[1];
        int[] pending = new int[1];
        try {
            long rows = readRows(zip, table, (columns, values) -> {
                if (insert[0] == null) {
                    insertColumns[0] = columns;
                    insert[0] = connection.prepareStatement(insertSql(table, columns));
                }
                for (int i = 0; i < values.size(); i++) {
                    DatabaseSchema.Column column = insertColumns[0].get(i);
                    column.kind().bind(insert[0], i + 1, values.get(i), column.jdbcType(), postgreSql);
                }
                insert[0].addBatch();
                if (++pending[0] == BATCH_SIZE) {
                    insert[0].executeBatch();
                    pending[0] = 0;
                }
            });
            if (insert[0] != null && pending[0] > 0) {
                insert[0].executeBatch();
            }
            return rows;
        } catch (SQLException refused) {
            throw BackupInvalidException.damaged(entryName(table.name()));
        } finally {
            if (insert[0] != null) {
                insert[0].close();
            }
        }
    }

    private static String insertSql(DatabaseSchema.Table table, List<DatabaseSchema.Column> columns) {
        return "INSERT INTO " + table.quoted() + " ("
                + columns.stream().map(DatabaseSchema.Column::quoted).collect(Collectors.joining(", "))
                + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /**
     * Moves every identity column's next value past the largest restored one ({@code ALTER TABLE …
     * ALTER COLUMN … RESTART WITH}, which both databases take for identity columns).
     */
    private static void continueIdentities(Connection connection, DatabaseSchema schema) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (DatabaseSchema.Table table : schema.tables()) {
                for (DatabaseSchema.Column column : table.columns()) {
                    if (!column.identity() || column.kind() != ValueKind.WHOLE) {
                        continue;
                    }
                    long next;
                    try (ResultSet max =
                            statement.executeQuery("SELECT MAX(" + column.quoted() + ") FROM " + table.quoted())) {
                        max.next();
                        next = max.getLong(1) + 1;
                    }
                    statement.execute("ALTER TABLE " + table.quoted() + " ALTER COLUMN " + column.quoted()
                            + " RESTART WITH " + Math.max(1, next));
                }
            }
        }
    }

    @Override
    public void readPictures(Path file, PictureSink sink) {
        try (ZipFile zip = open(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith(PICTURES) && !entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        sink.accept(entry.getName().substring(PICTURES.length()), in);
                    }
                }
            }
        } catch (IOException unreadable) {
            throw BackupInvalidException.damaged("pictures");
        }
    }

    private static DatabaseSchema schemaOf(Connection connection) {
        try {
            return DatabaseSchema.read(connection);
        } catch (SQLException failed) {
            throw new IllegalStateException("The database schema could not be read", failed);
        }
    }
}
