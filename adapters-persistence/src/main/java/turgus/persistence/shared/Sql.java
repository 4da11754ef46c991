package turgus.persistence.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Plain SQL on the connection of the current unit of work (or a connection of its own outside one),
 * for the adapters whose statements are conditional updates and row locks: there the row count or the
 * lock is the point, and a hand-written statement says exactly what runs on both databases.
 * Parameters are bound in order; {@link Instant}s are cut to microseconds ({@link DatabaseTime}).
 */
@Singleton
public final class Sql {
    private final JdbcOperations jdbc;

    public Sql(JdbcOperations jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Runs an INSERT, UPDATE or DELETE and answers how many rows it changed. */
    public int update(String sql, Object... parameters) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            }
        });
    }

    /** Runs an INSERT into a table with an identity column {@code id} and answers the new id. */
    public long insert(String sql, Object... parameters) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
                bind(statement, parameters);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new IllegalStateException("The database gave no id for " + sql);
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    public <T> List<T> list(String sql, RowReader<T> reader, Object... parameters) {
        return jdbc.execute(connection -> query(connection, sql, reader, parameters));
    }

    public <T> Optional<T> one(String sql, RowReader<T> reader, Object... parameters) {
        List<T> found = list(sql, reader, parameters);
        if (found.size() > 1) {
            throw new IllegalStateException("More than one row for " + sql);
        }
        return found.stream().findFirst();
    }

    public long count(String sql, Object... parameters) {
        return one(sql, row -> row.getLong(1), parameters).orElse(0L);
    }

    /** The instant in a {@code TIMESTAMP WITH TIME ZONE} column, or null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        java.time.OffsetDateTime value = row.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** An {@code INTEGER} column that may be NULL. */
    public static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static <T> List<T> query(Connection connection, String sql, RowReader<T> reader, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
                return found;
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            int index = i + 1;
            if (value instanceof Instant moment) {
                statement.setObject(
                        index,
                        DatabaseTime.of(moment).atOffset(java.time.ZoneOffset.UTC),
                        Types.TIMESTAMP_WITH_TIMEZONE);
            } else if (value instanceof Typed typed) {
                statement.setNull(index, typed.sqlType());
            } else if (value instanceof BigDecimal decimal) {
                statement.setBigDecimal(index, decimal);
            } else {
                statement.setObject(index, value);
            }
        }
    }

    /** A NULL parameter of a given SQL type (a bare {@code null} leaves the type to the driver). */
    public record Typed(int sqlType) {
        public static final Typed NULL_TIMESTAMP = new Typed(Types.TIMESTAMP_WITH_TIMEZONE);
        public static final Typed NULL_INTEGER = new Typed(Types.INTEGER);
        public static final Typed NULL_DECIMAL = new Typed(Types.NUMERIC);
        public static final Typed NULL_TEXT = new Typed(Types.VARCHAR);
        public static final Typed NULL_BIGINT = new Typed(Types.BIGINT);
    }

    /** {@code value}, or a typed NULL. */
    public static Object orNull(Instant value) {
        return value == null ? Typed.NULL_TIMESTAMP : value;
    }

    public static Object orNull(Integer value) {
        return value == null ? Typed.NULL_INTEGER : value;
    }

    public static Object orNull(BigDecimal value) {
        return value == null ? Typed.NULL_DECIMAL : value;
    }

    public static Object orNull(String value) {
        return value == null ? Typed.NULL_TEXT : value;
    }

    public static Object orNull(Long value) {
        return value == null ? Typed.NULL_BIGINT : value;
    }
}
