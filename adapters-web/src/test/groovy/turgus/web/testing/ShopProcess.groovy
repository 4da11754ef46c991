package turgus.web.testing

import turgus.persistence.testing.TestDatabase

import java.nio.file.Files
import java.nio.file.Path
import java.sql.Connection
import java.sql.DriverManager
import java.time.Duration
import java.util.concurrent.TimeUnit

/**
 * The shop as a separate operating-system process, started from this JVM's class path with
 * {@code java … turgus.web.Application}, so that a spec can kill it ({@code SIGKILL}) or stop it
 * ({@code SIGTERM}) and start it again on the same data folder and database.
 *
 * <p>On H2 it uses the production default: the H2 file under its data folder, built from
 * application.yml. With {@code TURGUS_TEST_DB=postgresql} it gets a schema of its own in the
 * database at {@code TURGUS_TEST_PG_URL}, dropped by {@link #close()}.
 */
class ShopProcess implements Closeable {
    static final String ADMIN_EMAIL = 'admin@child.test'
    static final String ADMIN_PASSWORD = 'Admin-password-1!'

    final Path dataDir = Files.createTempDirectory('turgus-child-')
    final Path log = dataDir.resolve('shop.log')
    private final List<String> systemProperties
    /** Extra environment variables of the child, over the ones set here; may change between starts. */
    final Map<String, String> environment
    /** Whether the child JVM may spend time on the optimising compiler (for measurements). */
    boolean fullCompiler
    private final String pgUrl
    private final String pgUser = System.getenv('TURGUS_TEST_PG_USER') ?: 'postgres'
    private final String pgPassword = System.getenv('TURGUS_TEST_PG_PASSWORD') ?: ''
    private final String schema = 'c_' + UUID.randomUUID().toString().replace('-', '').substring(0, 16)
    private Process process
    private volatile int port

    /**
     * @param systemProperties extra {@code -Dname=value} settings of the child JVM
     * @param environment extra environment variables of the child, over the ones set here
     */
    ShopProcess(List<String> systemProperties = [], Map<String, String> environment = [:]) {
        this.systemProperties = systemProperties
        this.environment = new LinkedHashMap<>(environment)
        if (TestDatabase.postgreSql) {
            pgUrl = System.getenv('TURGUS_TEST_PG_URL')?.trim()
            assert pgUrl: 'TURGUS_TEST_DB=postgresql needs TURGUS_TEST_PG_URL'
            jdbc { it.createStatement().withCloseable { s -> s.execute("CREATE SCHEMA \"${schema}\"") } }
        } else {
            pgUrl = null
        }
    }

    String getBaseUrl() {
        "http://127.0.0.1:${port}"
    }

    int getPort() {
        port
    }

    Process getProcess() {
        process
    }

    /** Starts the shop on a free loopback port and waits until {@code /health} answers 200. */
    ShopProcess start(Duration patience = Duration.ofSeconds(90)) {
        assert process == null || !process.alive: 'the shop is already running'
        port = freePort()
        String java = Path.of(System.getProperty('java.home'), 'bin', 'java').toString()
        List<String> command = [java, '-Xmx320m', '-XX:+UseSerialGC']
        if (!fullCompiler) {
            // Starts sooner and compiles less on a busy machine; measurements turn it off.
            command << '-XX:TieredStopAtLevel=1'
        }
        command.addAll(systemProperties)
        command.addAll(['-cp', classPath(), 'turgus.web.Application'])
        ProcessBuilder builder = new ProcessBuilder(command)
        Map<String, String> env = builder.environment()
        env.putAll([
                MICRONAUT_SERVER_PORT      : String.valueOf(port),
                MICRONAUT_SERVER_HOST      : '127.0.0.1',
                SHOP_DATA_DIR              : dataDir.toString(),
                SHOP_ADMIN_EMAIL           : ADMIN_EMAIL,
                SHOP_ADMIN_PASSWORD        : ADMIN_PASSWORD,
                SHOP_DEMO_DATA             : 'false',
                SHOP_AUTH_RATE_LIMIT       : '1000000',
                SHOP_MAIL_DISPATCH_INTERVAL: '200ms',
                SHOP_JWT_SECRET            : 'child-process-secret-of-at-least-32-bytes!',
        ])
        if (pgUrl) {
            env.DATASOURCES_DEFAULT_URL = pgUrl + (pgUrl.contains('?') ? '&' : '?') + 'currentSchema=' + schema
            env.DATASOURCES_DEFAULT_USERNAME = pgUser
            env.DATASOURCES_DEFAULT_PASSWORD = pgPassword
        }
        env.putAll(environment)
        builder.redirectErrorStream(true)
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        Files.writeString(log, "--- start on port ${port}\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND)
        process = builder.start()
        long deadline = System.nanoTime() + patience.toNanos()
        ShopClient probe = new ShopClient(this)
        while (System.nanoTime() < deadline) {
            if (!process.alive) {
                throw new IllegalStateException("the shop exited with ${process.exitValue()}:\n${logTail()}")
            }
            if (probe.healthy()) {
                return this
            }
            Thread.sleep(100)
        }
        throw new IllegalStateException("the shop did not answer /health within ${patience}:\n${logTail()}")
    }

    /** Kills the shop with SIGKILL ({@code destroyForcibly} on Linux) and answers its exit status. */
    int kill() {
        process.destroyForcibly()
        assert process.waitFor(30, TimeUnit.SECONDS): 'the killed shop did not go away'
        process.exitValue()
    }

    /** Sends SIGTERM ({@code destroy} on Linux), as a service manager stopping the shop would. */
    void terminate() {
        process.destroy()
    }

    String logTail(int lines = 60) {
        if (!Files.exists(log)) {
            return ''
        }
        List<String> all = Files.readAllLines(log)
        all.subList(Math.max(0, all.size() - lines), all.size()).join('\n')
    }

    @Override
    void close() {
        if (process?.alive) {
            process.destroyForcibly()
            process.waitFor(30, TimeUnit.SECONDS)
        }
        if (pgUrl) {
            try {
                jdbc { it.createStatement().withCloseable { s -> s.execute("DROP SCHEMA IF EXISTS \"${schema}\" CASCADE") } }
            } catch (Exception ignored) {
                // A schema left in a throwaway server costs nothing.
            }
        }
        dataDir.toFile().deleteDir()
    }

    private void jdbc(Closure work) {
        Connection connection = DriverManager.getConnection(pgUrl, pgUser, pgPassword)
        try {
            work(connection)
        } finally {
            connection.close()
        }
    }

    /**
     * The class path of this test JVM: Surefire runs it from a manifest-only jar and hands the real
     * path in {@code surefire.test.class.path}.
     */
    static String classPath() {
        System.getProperty('surefire.test.class.path') ?: System.getProperty('java.class.path')
    }

    static int freePort() {
        new ServerSocket(0, 1, InetAddress.getLoopbackAddress()).withCloseable { it.localPort }
    }
}
