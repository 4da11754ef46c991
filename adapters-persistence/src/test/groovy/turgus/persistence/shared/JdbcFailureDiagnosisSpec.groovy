package turgus.persistence.shared

import spock.lang.Specification
import turgus.domain.shared.RefusalReason

import java.sql.SQLException
import java.sql.SQLNonTransientConnectionException
import java.sql.SQLTransientConnectionException

/** Which database failures are outages, by the exception's type and SQLState anywhere in the chain. */
class JdbcFailureDiagnosisSpec extends Specification {
    JdbcFailureDiagnosis diagnosis = new JdbcFailureDiagnosis()

    void "#what is #reason"() {
        expect:
        diagnosis.diagnose(new RuntimeException('query failed', cause)).map { it.reason() }.orElse(null) == reason

        where:
        what                                   | cause                                                                       || reason
        'the pool timing out'                  | new SQLTransientConnectionException('Connection is not available')         || RefusalReason.SERVICE_UNAVAILABLE
        'a refused connection'                 | new SQLNonTransientConnectionException('refused')                           || RefusalReason.SERVICE_UNAVAILABLE
        'a connection failure (class 08)'      | new SQLException('I/O error', '08006')                                      || RefusalReason.SERVICE_UNAVAILABLE
        'PostgreSQL shutting down'             | new SQLException('terminating connection due to administrator command', '57P01') || RefusalReason.SERVICE_UNAVAILABLE
        'PostgreSQL starting up'               | new SQLException('the database system is starting up', '57P03')            || RefusalReason.SERVICE_UNAVAILABLE
        'H2 closed after a write failure'      | new SQLException('Database is already closed', '90121')                     || RefusalReason.SERVICE_UNAVAILABLE
        'PostgreSQL out of disk'               | new SQLException('could not extend file', '53100')                          || RefusalReason.STORAGE_FULL
        'a broken constraint'                  | new SQLException('duplicate key', '23505')                                  || null
        'a syntax error'                       | new SQLException('syntax', '42601')                                         || null
        'no SQLState'                          | new SQLException('odd')                                                     || null
        'no SQL at all'                        | new IllegalStateException('bug')                                            || null
    }
}
