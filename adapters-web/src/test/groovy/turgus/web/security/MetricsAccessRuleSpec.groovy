package turgus.web.security

import io.micronaut.http.HttpRequest
import io.micronaut.security.rules.SecurityRuleResult
import reactor.core.publisher.Mono
import spock.lang.Specification

/** Metrics without a configured scrape token: only admins, whatever a caller presents. */
class MetricsAccessRuleSpec extends Specification {

    void "without a configured scrape token a bearer value opens nothing: '#presented'"() {
        given:
        MetricsAccessRule rule = new MetricsAccessRule(configured)

        expect:
        Mono.from(rule.check(HttpRequest.GET('/prometheus').bearerAuth(presented), null)).block() ==
                SecurityRuleResult.REJECTED

        where:
        configured | presented
        ''         | 'anything'
        '   '      | ''
        ''         | ' '
    }

    void "other paths are left to the other rules"() {
        expect:
        Mono.from(new MetricsAccessRule('token').check(HttpRequest.GET(path), null)).block() ==
                SecurityRuleResult.UNKNOWN

        where:
        path << ['/prometheusx', '/api/prometheus', '/health']
    }
}
