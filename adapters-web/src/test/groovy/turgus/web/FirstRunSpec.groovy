package turgus.web

import spock.lang.Specification
import turgus.application.account.port.in.BootstrapAdminUseCase
import turgus.application.account.port.in.BootstrapAdminUseCase.AdminBootstrap
import turgus.application.catalog.port.in.SeedDemoCatalogUseCase

class FirstRunSpec extends Specification {
    BootstrapAdminUseCase admins = Mock()
    SeedDemoCatalogUseCase demo = Mock()
    ByteArrayOutputStream console = new ByteArrayOutputStream()

    FirstRun firstRun(boolean demoData, String email = null, String password = null) {
        new FirstRun(admins, demo, new DemoData(String.valueOf(demoData), null), email, password,
                new PrintStream(console, true, 'UTF-8'))
    }

    void "a generated admin password is printed once, in a framed block"() {
        given:
        admins.ensureAdmin(Optional.empty(), Optional.empty()) >>
                new AdminBootstrap(true, 'admin@turgus.local', Optional.of('Gener4ted$Passw0rd'))

        when:
        firstRun(false).onStartup(null)
        String printed = console.toString('UTF-8')
        List<String> lines = printed.readLines().findAll { it }

        then:
        printed.contains('Admin account: admin@turgus.local / password: Gener4ted$Passw0rd')
        printed.count('Gener4ted$Passw0rd') == 1
        lines.first() ==~ /\+-+\+/
        lines.last() == lines.first()
        lines[1..-2].every { it.startsWith('| ') && it.endsWith(' |') && it.length() == lines.first().length() }
    }

    void "a configured admin is created without printing any password"() {
        given:
        admins.ensureAdmin(Optional.of('boss@example.com'), Optional.of('Given-password-1!')) >>
                new AdminBootstrap(true, 'boss@example.com', Optional.empty())

        when:
        firstRun(false, 'boss@example.com', 'Given-password-1!').onStartup(null)

        then:
        console.size() == 0
    }

    void "when an admin exists nothing is printed"() {
        given:
        admins.ensureAdmin(_, _) >> new AdminBootstrap(false, 'admin@turgus.local', Optional.empty())

        when:
        firstRun(false).onStartup(null)

        then:
        console.size() == 0
    }

    void "demo data on fills an empty catalog; off leaves it alone"() {
        given:
        admins.ensureAdmin(_, _) >> new AdminBootstrap(false, 'admin@turgus.local', Optional.empty())

        when:
        firstRun(true).onStartup(null)

        then:
        1 * demo.seedIfEmpty() >> 24

        when:
        firstRun(false).onStartup(null)

        then:
        0 * demo.seedIfEmpty()
    }
}
