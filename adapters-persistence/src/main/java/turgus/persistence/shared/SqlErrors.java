package turgus.persistence.shared;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what went wrong from the SQL error inside a data-access exception. SQLSTATE codes are
 * standard, so the same checks hold for H2 and PostgreSQL.
 */
public final class SqlErrors {
    /** SQLSTATE 23505: a unique constraint or primary key refused a duplicate. */
    static final String UNIQUE_VIOLATION = "23505";

    private static final int MAX_DEPTH = 16;

    private SqlErrors() {}

    public static boolean isUniqueViolation(Throwable failure) {
        return sqlException(failure)
                .map(SQLException::getSQLState)
                .filter(UNIQUE_VIOLATION::equals)
                .isPresent();
    }

    /**
     * Whether {@code failure} is a unique violation of the constraint named {@code constraint}. Both
     * databases name the constraint (H2 through the index it backs) in their message.
     */
    public static boolean isUniqueViolation(Throwable failure, String constraint) {
        return isUniqueViolation(failure)
                && sqlException(failure)
                        .map(SQLException::getMessage)
                        .map(message -> message.toLowerCase(Locale.ROOT))
                        .filter(message -> message.contains(constraint.toLowerCase(Locale.ROOT)))
                        .isPresent();
    }

    private static Optional<SQLException> sqlException(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
