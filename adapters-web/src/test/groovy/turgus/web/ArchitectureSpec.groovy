package turgus.web

import com.tngtech.archunit.base.DescribedPredicate
import com.tngtech.archunit.core.domain.JavaClass
import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import com.tngtech.archunit.core.importer.Location
import com.tngtech.archunit.lang.ArchRule
import io.micronaut.http.annotation.Controller
import jakarta.inject.Singleton
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Unroll

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses

/**
 * The hexagon's dependency rules, checked over the production classes of every module (this
 * module's tests see them all). Each rule names classes that exist, so that it can fail.
 */
class ArchitectureSpec extends Specification {

    /** Production code only: neither this module's test classes nor the other modules' test jars. */
    static final ImportOption PRODUCTION_ONLY = new ImportOption() {
        @Override
        boolean includes(Location location) {
            !location.contains('/test-classes/') && !location.contains('-tests.jar')
        }
    }

    @Shared
    JavaClasses turgus = new ClassFileImporter().withImportOption(PRODUCTION_ONLY).importPackages('turgus')

    @Unroll
    void "the imported code has classes in #layer, so the rules below are about something"() {
        expect:
        turgus.stream().filter { it.packageName.startsWith(layer) }.count() >= minimum

        where:
        layer                  | minimum
        'turgus.domain'        | 10
        'turgus.application'   | 10
        'turgus.persistence'   | 5
        'turgus.web'           | 10
    }

    void "persistence rows and repositories exist to be kept in"() {
        expect:
        turgus.stream().anyMatch { it.packageName.startsWith('turgus.persistence') && it.simpleName.endsWith('Row') }
        turgus.stream().anyMatch { it.packageName.startsWith('turgus.persistence') && it.simpleName.endsWith('Repository') }
    }

    void "the domain uses no framework, database or JSON library"() {
        expect:
        check noClasses().that().resideInAPackage('turgus.domain..')
                .should().dependOnClassesThat()
                .resideInAnyPackage('io.micronaut..', 'jakarta..', 'javax.persistence..', 'java.sql..', 'javax.sql..',
                        'com.fasterxml..', 'io.swagger..', 'org.slf4j..', 'lombok..')
    }

    void "the domain depends on no outer layer"() {
        expect:
        check noClasses().that().resideInAPackage('turgus.domain..')
                .should().dependOnClassesThat()
                .resideInAnyPackage('turgus.application..', 'turgus.persistence..', 'turgus.web..')
    }

    void "the application depends on no adapter and no framework, only on the standard injection annotations"() {
        expect:
        check noClasses().that().resideInAPackage('turgus.application..')
                .should().dependOnClassesThat()
                .resideInAnyPackage('turgus.persistence..', 'turgus.web..', 'io.micronaut..',
                        'java.sql..', 'javax.sql..', 'com.fasterxml..', 'io.swagger..')
        check noClasses().that().resideInAPackage('turgus.application..')
                .should().dependOnClassesThat(DescribedPredicate.describe('reside in jakarta.. outside jakarta.inject..',
                        { JavaClass c -> c.packageName.startsWith('jakarta.') && !c.packageName.startsWith('jakarta.inject') }))
    }

    void "the application's services are beans, and there are some"() {
        expect:
        turgus.stream().filter { it.packageName.startsWith('turgus.application') && it.isAnnotatedWith(Singleton) }
                .count() >= 20
    }

    void "the adapters reach the application's services only through their ports"() {
        expect:
        check noClasses().that().resideInAnyPackage('turgus.web..', 'turgus.persistence..')
                .and().haveNameNotMatching('.*\\$Definition(\\$.*)?$')
                .should().dependOnClassesThat(DescribedPredicate.describe('are services of the application',
                        { JavaClass c -> c.packageName.startsWith('turgus.application') && c.isAnnotatedWith(Singleton) }))
    }

    void "the web adapter reaches persistence only through the application's ports"() {
        expect:
        check noClasses().that().resideInAPackage('turgus.web..')
                .should().dependOnClassesThat().resideInAPackage('turgus.persistence..')
    }

    void "persistence rows never leave the persistence adapter"() {
        expect:
        check classes().that().resideInAPackage('turgus.persistence..').and().haveSimpleNameEndingWith('Row')
                .should().onlyHaveDependentClassesThat().resideInAPackage('turgus.persistence..')
    }

    void "the persistence adapter knows nothing of the web"() {
        expect:
        check noClasses().that().resideInAPackage('turgus.persistence..')
                .should().dependOnClassesThat().resideInAPackage('turgus.web..')
    }

    void "controllers answer DTOs, never domain objects"() {
        expect:
        check methods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller)
                .and().arePublic()
                .should().haveRawReturnType(DescribedPredicate.not(resideInAPackage('turgus.domain..')))
    }

    void "controllers live in the web adapter"() {
        expect:
        check classes().that().areAnnotatedWith(Controller)
                .should().resideInAPackage('turgus.web..')
    }

    private boolean check(ArchRule rule) {
        rule.allowEmptyShould(false).check(turgus)
        true
    }
}
