package turgus.web.testing

import turgus.persistence.testing.TestDatabase

import java.lang.reflect.InvocationHandler
import java.lang.reflect.InvocationTargetException
import java.lang.reflect.Method
import java.lang.reflect.Proxy
import java.sql.CallableStatement
import java.sql.Connection
import java.sql.Driver
import java.sql.DriverManager
import java.sql.DriverPropertyInfo
import java.sql.PreparedStatement
import java.sql.SQLException
import java.sql.SQLFeatureNotSupportedException
import java.sql.Statement
import java.util.logging.Logger

/**
 * A JDBC driver for specs that counts the shop's round trips to the database: it hands out the
 * real driver's connections, wrapped so that every statement executed and every commit or
 * rollback is written down while {@link #record} runs.
 *
 * <p>A spec names it as {@code datasources.default.driver-class-name}; the pool then asks it for
 * connections to the usual URL. It is never registered with {@link DriverManager}, so nothing
 * else in the JVM goes through it. A batch counts once, as it is sent in one go; checks the pool
 * makes on its own ({@code isValid}) are not counted, being no part of what a request asks for.
 */
class StatementLog implements Driver {
    /** What ran, in order: the thread and the SQL (or COMMIT / ROLLBACK). */
    static final List<List<String>> ran = Collections.synchronizedList([])
    private static volatile boolean recording

    /** Runs {@code work} and answers the statements every thread but the scheduler's ran meanwhile. */
    static List<String> record(Closure<?> work) {
        ran.clear()
        recording = true
        try {
            work.call()
        } finally {
            recording = false
        }
        synchronized (ran) {
            ran.findAll { !it[0].startsWith('scheduled-') }.collect { it[1] }
        }
    }

    /** The setting that sends a spec's connections through this driver. */
    static Map<String, Object> settings() {
        ['datasources.default.driver-class-name': StatementLog.name]
    }

    /** Fails, listing what ran, unless {@code statements} holds as many as the database in use should run. */
    static void expectCount(List<String> statements, int onPostgreSql, int onH2) {
        int expected = TestDatabase.postgreSql ? onPostgreSql : onH2
        assert statements.size() == expected: "${statements.size()} round trips, expected ${expected}:\n  " + statements.join('\n  ')
    }

    private static void note(String sql) {
        if (recording) {
            ran << [Thread.currentThread().name, sql.replaceAll(/\s+/, ' ').trim()]
        }
    }

    @Override
    Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null
        }
        Connection real = DriverManager.getDriver(url).connect(url, info)
        (Connection) Proxy.newProxyInstance(getClass().classLoader, [Connection] as Class[], new Handler(real, null))
    }

    @Override
    boolean acceptsURL(String url) {
        url?.startsWith('jdbc:postgresql:') || url?.startsWith('jdbc:h2:')
    }

    @Override
    DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        new DriverPropertyInfo[0]
    }

    @Override
    int getMajorVersion() { 1 }

    @Override
    int getMinorVersion() { 0 }

    @Override
    boolean jdbcCompliant() { false }

    @Override
    Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException()
    }

    /** Wraps a connection (sql null) or a statement (with the SQL it was prepared with, if any). */
    private static final class Handler implements InvocationHandler {
        final Object target
        final String prepared

        Handler(Object target, String prepared) {
            this.target = target
            this.prepared = prepared
        }

        @Override
        Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.name
            if (target instanceof Connection) {
                if (name == 'commit' || name == 'rollback') {
                    note(name.toUpperCase(Locale.ROOT))
                }
            } else if (name.startsWith('execute')) {
                note(args && args[0] instanceof String ? (String) args[0] : prepared)
            }
            Object answer
            try {
                answer = method.invoke(target, args)
            } catch (InvocationTargetException e) {
                throw e.cause
            }
            if (target instanceof Connection && answer instanceof Statement) {
                Class<?> type = answer instanceof CallableStatement ? CallableStatement
                        : answer instanceof PreparedStatement ? PreparedStatement : Statement
                String sql = args && args[0] instanceof String ? (String) args[0] : null
                return Proxy.newProxyInstance(StatementLog.classLoader, [type] as Class[], new Handler(answer, sql))
            }
            answer
        }
    }
}
