package turgus.web

import com.tngtech.archunit.core.domain.JavaClass
import com.tngtech.archunit.core.importer.ClassFileImporter
import io.micronaut.context.ApplicationContext
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import jakarta.inject.Singleton
import spock.lang.Shared
import turgus.application.mail.MailDispatchService
import turgus.application.mail.QueueingMailer
import turgus.application.mail.port.in.DispatchMailUseCase
import turgus.application.mail.port.out.Mailer
import turgus.web.testing.WebSpec

/**
 * Every use case the application offers is served by exactly one bean, made from the services'
 * own annotations: a service left without {@code @Singleton}, or in a package that
 * {@link ApplicationServices} does not import, fails here rather than at a user's first request.
 */
@MicronautTest(transactional = false)
class ApplicationServicesSpec extends WebSpec {

    @Shared
    List<JavaClass> application = new ClassFileImporter()
            .withImportOption(ArchitectureSpec.PRODUCTION_ONLY)
            .importPackages('turgus.application')
            .toList()

    @Inject
    ApplicationContext context

    void "the application has inbound ports and services to check"() {
        expect:
        inboundPorts().size() >= 40
        services().size() >= 20
    }

    void "each inbound port is served by exactly one bean"() {
        when:
        Map<String, Integer> beansPerPort = inboundPorts().collectEntries { port ->
            [(port.simpleName): context.getBeansOfType(port.reflect()).size()]
        }

        then:
        beansPerPort.findAll { it.value != 1 } == [:]
    }

    void "each service is a bean of the context"() {
        expect:
        services().findAll { !context.containsBean(it.reflect()) }*.simpleName == []
    }

    void "the use cases' mailer only queues, and the dispatch job delivers"() {
        expect:
        context.getBean(Mailer) instanceof QueueingMailer
        context.getBean(DispatchMailUseCase) instanceof MailDispatchService
    }

    private List<JavaClass> inboundPorts() {
        application.findAll { it.interface && it.packageName.endsWith('.port.in') }
    }

    private List<JavaClass> services() {
        application.findAll { it.isAnnotatedWith(Singleton) }
    }
}
