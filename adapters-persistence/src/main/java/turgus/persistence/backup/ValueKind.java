package turgus.persistence.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;

/**
 * How a column's values are written in a backup, in a form that does not depend on the database:
 * booleans and whole numbers as JSON booleans and numbers, decimals as exact JSON numbers (never
 * through a binary fraction), moments as ISO-8601 instants ({@code 2026-11-21T10:15:30Z}), dates
 * and times as ISO text, binary data as base64 text, and anything else as the database's text.
 */
enum ValueKind {
    BOOLEAN,
    WHOLE,
    DECIMAL,
    FLOATING,
    TEXT,
    DATE,
    TIME,
    TIMESTAMP,
    INSTANT,
    BINARY,
    OTHER;

    static ValueKind of(int jdbcType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        return switch (jdbcType) {
            case Types.BIT, Types.BOOLEAN -> BOOLEAN;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> WHOLE;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> FLOATING;
            case Types.CHAR,
                    Types.VARCHAR,
                    Types.LONGVARCHAR,
                    Types.NCHAR,
                    Types.NVARCHAR,
                    Types.LONGNVARCHAR,
                    Types.CLOB,
                    Types.NCLOB -> TEXT;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIMESTAMP_WITH_TIMEZONE -> INSTANT;
            case Types.TIMESTAMP -> name.contains("tz") || name.contains("time zone") ? INSTANT : TIMESTAMP;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> OTHER;
        };
    }

    /** Writes the value of column {@code index} of the current row. */
    void write(ResultSet row, int index, JsonGenerator json) throws SQLException, IOException {
        Object value = switch (this) {
            case BOOLEAN -> row.getBoolean(index);
            case WHOLE -> row.getLong(index);
            case DECIMAL -> row.getBigDecimal(index);
            case FLOATING -> row.getDouble(index);
            case DATE -> row.getObject(index, LocalDate.class);
            case TIMESTAMP -> row.getObject(index, LocalDateTime.class);
            case INSTANT -> row.getObject(index, OffsetDateTime.class);
            case BINARY -> row.getBytes(index);
            case TEXT, TIME, OTHER -> row.getString(index);
        };
        if (value == null || row.wasNull()) {
            json.writeNull();
            return;
        }
        switch (this) {
            case BOOLEAN -> json.writeBoolean((Boolean) value);
            case WHOLE -> json.writeNumber((Long) value);
            case DECIMAL -> json.writeNumber(((BigDecimal) value).toPlainString());
            case FLOATING -> json.writeNumber((Double) value);
            case INSTANT ->
                json.writeString(((OffsetDateTime) value).toInstant().toString());
            case BINARY -> json.writeString(Base64.getEncoder().encodeToString((byte[]) value));
            default -> json.writeString(value.toString());
        }
    }

    /**
     * Reads the value at the parser's current token as this kind's Java value ({@code null} for a
     * JSON null).
     *
     * @throws IllegalArgumentException when the JSON value does not fit the kind
     */
    Object read(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        try {
            return switch (this) {
                case BOOLEAN -> {
                    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                        throw new IllegalArgumentException("not a boolean");
                    }
                    yield json.getBooleanValue();
                }
                case WHOLE -> {
                    if (token != JsonToken.VALUE_NUMBER_INT) {
                        throw new IllegalArgumentException("not a whole number");
                    }
                    yield json.getLongValue();
                }
                case DECIMAL -> {
                    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                        yield json.getDecimalValue();
                    }
                    yield new BigDecimal(text(json));
                }
                case FLOATING -> {
                    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                        throw new IllegalArgumentException("not a number");
                    }
                    yield json.getDoubleValue();
                }
                case DATE -> LocalDate.parse(text(json));
                case TIME -> LocalTime.parse(text(json));
                case TIMESTAMP -> LocalDateTime.parse(text(json));
                case INSTANT -> OffsetDateTime.ofInstant(Instant.parse(text(json)), ZoneOffset.UTC);
                case BINARY -> Base64.getDecoder().decode(text(json));
                case TEXT, OTHER -> text(json);
            };
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException wrong) {
            throw new IllegalArgumentException("not a " + name().toLowerCase(Locale.ROOT), wrong);
        } catch (com.fasterxml.jackson.core.exc.InputCoercionException outOfRange) {
            throw new IllegalArgumentException("a number out of range", outOfRange);
        }
    }

    /** Binds a value read by {@link #read} to parameter {@code index}. */
    void bind(PreparedStatement statement, int index, Object value, int jdbcType, boolean postgreSql)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, jdbcType == Types.OTHER || this == OTHER ? Types.OTHER : jdbcType);
            return;
        }
        switch (this) {
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case WHOLE -> statement.setLong(index, (Long) value);
            case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) value);
            case FLOATING -> statement.setDouble(index, (Double) value);
            case BINARY -> statement.setBytes(index, (byte[]) value);
            case TEXT -> statement.setString(index, (String) value);
            case OTHER -> {
                if (postgreSql) {
                    statement.setObject(index, value, Types.OTHER);
                } else {
                    statement.setString(index, (String) value);
                }
            }
            default -> statement.setObject(index, value);
        }
    }

    private static String text(JsonParser json) throws IOException {
        if (json.currentToken() != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("not text");
        }
        return json.getText();
    }
}
