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

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.util.stream.Collectors

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

    void "the classes of every module are imported, so each rule sees the whole shop"() {
        expect: 'a class of each module comes from that module, not only from this one'
        ['domain'              : 'turgus.domain',
         'application'         : 'turgus.application',
         'adapters-persistence': 'turgus.persistence',
         'adapters-web'        : 'turgus.web'].every { module, packageName ->
            turgus.stream().anyMatch {
                it.packageName.startsWith(packageName) && it.source.map { it.uri.toString().contains("/${module}/") }.orElse(false)
            }
        }
    }

    void "JDBC is used, by the persistence adapter, so the rule below can fail"() {
        expect:
        turgus.stream().anyMatch { JavaClass it ->
            it.packageName.startsWith('turgus.persistence') && it.directDependenciesFromSelf.any {
                it.targetClass.packageName.startsWith('javax.sql') || it.targetClass.packageName.startsWith('java.sql')
            }
        }
    }

    void "only the persistence adapter talks to the database (no DataSource, no JDBC elsewhere)"() {
        expect:
        check noClasses().that().resideInAnyPackage('turgus.domain..', 'turgus.application..', 'turgus.web..')
                .should().dependOnClassesThat().resideInAnyPackage('java.sql..', 'javax.sql..')
    }

    void "persistence adapters open transactions only through JdbcTransactions"() {
        expect:
        check noClasses().that().resideInAPackage('turgus.persistence..')
                .and().haveNameNotMatching('turgus\\.persistence\\.shared\\.\\$?JdbcTransactions.*')
                .should().dependOnClassesThat().resideInAnyPackage('io.micronaut.transaction..')
    }

    void "the persistence adapter holds the migrations, found on the classpath"() {
        when:
        List<String> found = Collections.list(getClass().classLoader.getResources('db/migration'))*.toString()

        then: 'there are migrations, so the check below is about something'
        !found.isEmpty()

        and:
        found.every { it.contains('/adapters-persistence/') || it.contains('/adapters-persistence-') }
    }

    void "no other module keeps migrations in its sources"() {
        given:
        Path root = Paths.get('').toAbsolutePath()
        while (!Files.exists(root.resolve('adapters-persistence'))) {
            root = root.parent
        }
        List<Path> others = ['domain', 'application', 'adapters-web', 'frontend'].collect { root.resolve(it) }

        expect: 'the modules exist, so the search below is about something'
        others.every { Files.isDirectory(it.resolve('src')) }
        Files.isDirectory(root.resolve('adapters-persistence/src/main/resources/db/migration'))

        and:
        others.collectMany { Path module ->
            Files.walk(module.resolve('src')).withCloseable { paths ->
                paths.filter { Path it -> it.toString().replace('\\', '/').contains('db/migration') }
                        .collect(Collectors.toList())
            }
        } == []
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
