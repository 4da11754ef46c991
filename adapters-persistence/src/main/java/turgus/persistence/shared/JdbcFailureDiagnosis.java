package turgus.persistence.shared;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import turgus.application.availability.ServiceUnavailable;
import turgus.application.availability.StorageFull;
import turgus.application.availability.port.out.FailureDiagnosis;
import turgus.domain.shared.Refusal;

/**
 * The database's faults, told apart from the shop's bugs by the JDBC exceptions in a failure's chain
 * of causes:
 *
 * <ul>
 *   <li>no connection to be had: the pool's time-out ({@link SQLTransientConnectionException}, after
 *       {@code datasources.default.connection-timeout}), a refused or broken connection ({@link
 *       SQLNonTransientConnectionException}, SQLState class {@code 08}), PostgreSQL shutting down or
 *       starting ({@code 57P01}, {@code 57P02}, {@code 57P03}), or an embedded H2 database that has
 *       closed itself ({@code 90098}, {@code 90121}) — the shop is unavailable;
 *   <li>PostgreSQL's disk full ({@code 53100}) — the storage is full. H2 says so only in the words of
 *       the file error it wraps, which {@code FailureExplanationService} recognises.
 * </ul>
 */
@Singleton
final class JdbcFailureDiagnosis implements FailureDiagnosis {
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "90098", "90121");
    private static final String DISK_FULL_STATE = "53100";

    @Override
    public Optional<Refusal> diagnose(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return Optional.of(new ServiceUnavailable(failure));
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null) {
                    continue;
                }
                if (DISK_FULL_STATE.equals(state)) {
                    return Optional.of(new StorageFull(failure));
                }
                if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
                    return Optional.of(new ServiceUnavailable(failure));
                }
            }
        }
        return Optional.empty();
    }
}
