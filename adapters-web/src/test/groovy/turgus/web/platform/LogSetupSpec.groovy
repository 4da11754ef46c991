package turgus.web.platform

import ch.qos.logback.classic.Level
import ch.qos.logback.classic.LoggerContext
import ch.qos.logback.classic.spi.Configurator
import ch.qos.logback.core.ConsoleAppender
import spock.lang.Specification

/** The shop's logging as set up in code, and when it leaves the set-up to a file. */
class LogSetupSpec extends Specification {

    def "lines go to standard output at INFO, with #logger at #level"() {
        given:
        def context = new LoggerContext()

        when:
        LogSetup.apply(context)

        then:
        def root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
        root.level == Level.INFO
        root.getAppender('STDOUT') instanceof ConsoleAppender
        root.getAppender('STDOUT').started
        context.getLogger(logger).effectiveLevel == level

        where:
        logger                               || level
        'io.micronaut.context.env'           || Level.WARN
        'com.zaxxer.hikari.pool.HikariPool'  || Level.WARN
        'org.flywaydb.core.FlywayExecutor'   || Level.INFO
        'turgus.web.FirstRun'                || Level.INFO
    }

    def "it steps aside for a file: here the tests' logback-test.xml, which logback then reads"() {
        given:
        def context = new LoggerContext()

        expect:
        LogSetup.aFileIsGiven()
        new LogSetup().configure(context) == Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender('STDOUT') == null
    }

    def "an operator's -Dlogback.configurationFile is read instead"() {
        given:
        def previous = System.getProperty('logback.configurationFile')
        System.setProperty('logback.configurationFile', '/etc/turgus/logback.xml')

        expect:
        LogSetup.aFileIsGiven()

        cleanup:
        previous == null ? System.clearProperty('logback.configurationFile') : System.setProperty('logback.configurationFile', previous)
    }
}
