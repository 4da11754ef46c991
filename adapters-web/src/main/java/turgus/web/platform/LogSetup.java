package turgus.web.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import org.slf4j.Logger;

/**
 * The shop's logging, set up in code: one line per event on standard output, at INFO, with the
 * chattiest libraries at WARN.
 *
 * <p>Why not {@code logback.xml}: reading it parses XML and builds Joran's model, 150–200 ms of
 * every start's critical path on two cores (a quarter of the wait before the application context
 * even begins). Logback asks configurators found by the service loader first, so this one runs
 * instead, unless an operator points {@code -Dlogback.configurationFile} at a file of their own or
 * a {@code logback-test.xml} is on the class path (the tests'): then it steps aside and logback
 * reads that file as usual. Levels can also be set per logger with {@code LOGGER_LEVELS_<NAME>}
 * (Micronaut's {@code logger.levels.*}).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";

    /** Libraries whose INFO lines say nothing an operator needs. */
    static final Map<String, Level> LEVELS = Map.of(
            "io.micronaut.context.env", Level.WARN,
            "com.zaxxer.hikari", Level.WARN,
            "org.flywaydb", Level.INFO);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (aFileIsGiven()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Whether an operator's file or the tests' {@code logback-test.xml} is there to be read instead. */
    static boolean aFileIsGiven() {
        return System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null;
    }

    static void apply(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setEncoder(encoder);
        console.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }
}
