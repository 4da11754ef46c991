package turgus.persistence.backup

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Unroll
import turgus.application.account.port.out.SessionRepository
import turgus.application.audit.port.out.AuditEvent
import turgus.application.audit.port.out.AuditEventType
import turgus.application.audit.port.out.AuditLog
import turgus.application.backup.port.in.BackupInvalidException
import turgus.application.backup.port.in.BackupTooNewException
import turgus.application.backup.port.out.BackupArchive
import turgus.application.backup.port.out.BackupContents
import turgus.application.order.port.in.CheckoutCommand
import turgus.domain.account.UserId
import turgus.domain.catalog.ProductId
import turgus.domain.discount.PromoCode
import turgus.domain.order.Order
import turgus.persistence.shopping.Shop
import turgus.persistence.shopping.ShoppingSpecification
import turgus.persistence.testing.TableDump
import turgus.persistence.testing.TestDatabase

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.sql.Connection
import java.time.Instant

import static turgus.persistence.backup.BackupFixtures.MemoryPictures
import static turgus.persistence.backup.BackupFixtures.bytes
import static turgus.persistence.backup.BackupFixtures.changed
import static turgus.persistence.backup.BackupFixtures.entries
import static turgus.persistence.backup.BackupFixtures.zipOf
import static turgus.persistence.testing.AccountBuilder.anAccount
import static turgus.persistence.testing.ProductBuilder.aProduct

/**
 * A backup of every table and picture, and its restore, on the real database (H2, or PostgreSQL with
 * TURGUS_TEST_DB=postgresql): the restore brings back every row exactly, ids continue after it, and a
 * file that cannot be restored is refused before anything changes.
 */
@MicronautTest(transactional = false)
class JdbcBackupArchiveSpec extends ShoppingSpecification {
    @Inject BackupArchive archive
    @Inject AuditLog audit
    @Inject SessionRepository sessions

    MemoryPictures pictures = new MemoryPictures()
    Order lastPaid

    /** Customers, products, orders (one refunded), a saved cart, a promo code, events and sessions. */
    List<UserId> populate(String tag) {
        UserId first = customer('100.00')
        UserId second = customer('50.5')
        ProductId tea = product('9.99', 10)
        ProductId cup = product('2.50', 100)
        putInCart(first, tea, 2)
        lastPaid = shop.checkout.checkout(CheckoutCommand.of(first, null))
        putInCart(second, cup, 3)
        Order refunded = shop.checkout.checkout(CheckoutCommand.of(second, null))
        shop.refunds.refund(refunded.id().get(), Shop.ADMIN)
        putInCart(first, cup, 1)
        promoCodeRepository.add(PromoCode.define("SPRING-${tag}", 10, null, 20.00, null, Instant.parse('2030-01-01T00:00:00Z'), 5))
        audit.record(AuditEvent.bySelf(Instant.parse('2026-11-21T10:15:30.123456Z'), AuditEventType.LOGIN_SUCCEEDED, first, '127.0.0.1', "note ${tag} \u00e9\n"))
        sessions.open(first, "hash-${tag}", 'Agent "quoted"', '10.0.0.1', Instant.now(), 3)
        pictures.stored["products/${'a' * 31}${tag.size() % 10}.png".toString()] = "png ${tag}".getBytes(StandardCharsets.UTF_8)
        [first, second]
    }

    Path backup(Instant at = Instant.parse('2026-12-04T12:00:00Z')) {
        Path file = Files.createTempFile('turgus-backup-', '.zip')
        Files.newOutputStream(file).withCloseable { archive.write(it, at, pictures) }
        file
    }

    BackupContents restore(Path file) {
        archive.check(file)
        transactions.inTransaction { archive.restoreRows(file) }
    }

    Map manifestOf(Path file) {
        new JsonSlurper().parse(entries(file)['manifest.json']) as Map
    }

    def "a restore brings back every row of every table exactly as the backup saved it (#database)"() {
        given: 'a shop with data of every kind'
        List<UserId> before = populate('one')
        Order paidBefore = lastPaid
        Map snapshot = TableDump.of(dataSource)
        Map<String, byte[]> savedPictures = new TreeMap<>(pictures.stored)
        Path file = backup()

        when: 'many things change after the backup'
        List<UserId> after = populate('two')
        shop.refunds.refund(paidBefore.id().get(), Shop.ADMIN)
        pictures.stored.clear()
        pictures.stored["profiles/${'b' * 32}.jpg".toString()] = 'other'.bytes
        sessions.revokeEveryone(Instant.now())
        assert TableDump.of(dataSource) != snapshot

        and: 'the backup is restored'
        BackupContents restored = restore(file)
        archive.readPictures(file) { String name, InputStream content -> pictures.stored[name] = content.bytes }

        then: 'every table equals the snapshot'
        TableDump.of(dataSource) == snapshot
        restored.tables() == snapshot.collectEntries { k, v -> [(k): (long) v.size()] }
        restored.tables().keySet().containsAll(['users', 'products', 'orders', 'order_lines', 'balance_movements',
                                                'promo_codes', 'event_log', 'auth_sessions', 'carts', 'cart_lines'])
        !restored.tables().containsKey('flyway_schema_history')

        and: 'the pictures are in the file'
        savedPictures.every { name, content -> pictures.stored[name] == content }

        when: 'new rows are added after the restore'
        UserId newcomer = accounts.add(anAccount().build()).id()
        ProductId newProduct = products.add(aProduct().build()).requireId()
        audit.record(AuditEvent.bySelf(Instant.now(), AuditEventType.LOGIN_FAILED, newcomer, null, 'after'))

        then: 'their ids continue past the restored ones'
        newcomer.value() > snapshot.users*.id.max()
        newProduct.value() > snapshot.products*.id.max()
        maxId('event_log') > snapshot.event_log*.id.max()

        cleanup:
        customers.retainAll(before)

        where:
        database = TestDatabase.describe()
    }

    long maxId(String table) {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            connection.createStatement().withCloseable {
                def rows = it.executeQuery("SELECT MAX(id) FROM ${table}")
                rows.next()
                rows.getLong(1)
            }
        } finally {
            connection.close()
        }
    }

    def "the manifest names the format, its version, the schema version, the time and every table's rows"() {
        given:
        populate('manifest')

        when:
        Path file = backup(Instant.parse('2026-12-04T12:34:56Z'))
        Map manifest = manifestOf(file)
        Map<String, byte[]> entries = entries(file)

        then:
        manifest.format == 'turgus-backup'
        manifest.formatVersion == 1
        manifest.schemaVersion ==~ /\d+(\.\d+)*/
        manifest.createdAt == '2026-12-04T12:34:56Z'
        (manifest.tables as Map).users == 2
        (manifest.tables as Map).keySet().every { entries.containsKey("tables/${it}.jsonl".toString()) }

        and: 'values are written in a database-neutral form'
        String orders = new String(entries['tables/orders.jsonl'], StandardCharsets.UTF_8)
        Map order = new JsonSlurper().parseText(orders.readLines().first()) as Map
        order.total == 19.98
        order.created_at ==~ /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/
        String products = new String(entries['tables/products.jsonl'], StandardCharsets.UTF_8)
        (new JsonSlurper().parseText(products.readLines().first()) as Map).active == true
    }

    def "a backup is one snapshot: a row written while it is read is not in it (#database)"() {
        given:
        populate('snapshot')
        long eventsBefore = count('event_log')
        boolean[] written = [false]
        Path file = Files.createTempFile('turgus-backup-', '.zip')

        when: 'another connection writes an event as soon as the backup has started reading'
        OutputStream out = new FilterOutputStream(Files.newOutputStream(file)) {
            @Override
            void write(byte[] b, int off, int len) {
                if (!written[0]) {
                    written[0] = true
                    Thread writer = new Thread({ insertEventElsewhere() })
                    writer.start()
                    writer.join()
                }
                super.out.write(b, off, len)
            }
        }
        out.withCloseable { archive.write(it, Instant.now(), pictures) }

        then:
        written[0]
        count('event_log') == eventsBefore + 1
        (manifestOf(file).tables as Map).event_log == eventsBefore

        where:
        database = TestDatabase.describe()
    }

    void insertEventElsewhere() {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            connection.autoCommit = true
            connection.createStatement().withCloseable {
                it.executeUpdate("INSERT INTO event_log (at, type, details) VALUES (CURRENT_TIMESTAMP, 'LOGIN_FAILED', 'during the backup')")
            }
        } finally {
            connection.close()
        }
    }

    long count(String table) {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            connection.createStatement().withCloseable {
                def rows = it.executeQuery("SELECT COUNT(*) FROM ${table}")
                rows.next()
                rows.getLong(1)
            }
        } finally {
            connection.close()
        }
    }

    @Unroll
    def "a file that is #what is refused as #problem before anything changes"() {
        given:
        populate('refused')
        Path good = backup()
        populate('later')
        Map snapshot = TableDump.of(dataSource)
        Path bad = make(good)

        when:
        archive.check(bad)

        then:
        BackupInvalidException refused = thrown()
        refused.problem() == problem
        TableDump.of(dataSource) == snapshot

        where:
        what                                | problem                                     | make
        'random bytes'                      | BackupInvalidException.Problem.NOT_A_BACKUP | { Path f -> bytes(randomBytes(5000)) }
        'an empty file'                     | BackupInvalidException.Problem.NOT_A_BACKUP | { Path f -> bytes(new byte[0]) }
        'a ZIP without a manifest'          | BackupInvalidException.Problem.NOT_A_BACKUP | { Path f -> zipOf(['readme.txt': 'hello'.bytes]) }
        'a ZIP of another format'           | BackupInvalidException.Problem.NOT_A_BACKUP | { Path f -> changed(f) { it['manifest.json'] = JsonOutput.toJson([format: 'other', formatVersion: 1]).bytes } }
        'of a later format version'         | BackupInvalidException.Problem.UNSUPPORTED_FORMAT | { Path f -> changed(f) { it['manifest.json'] = manifestWith(it, [formatVersion: 2]) } }
        'cut short'                         | BackupInvalidException.Problem.DAMAGED      | { Path f -> bytes(Arrays.copyOf(Files.readAllBytes(f), (int) (Files.size(f) * 0.7))) }
        'a table file cut mid-row'          | BackupInvalidException.Problem.DAMAGED      | { Path f -> changed(f) { it['tables/users.jsonl'] = Arrays.copyOf(it['tables/users.jsonl'], it['tables/users.jsonl'].length - 20) } }
        'with a row count that disagrees'   | BackupInvalidException.Problem.DAMAGED      | { Path f -> changed(f) { it['tables/users.jsonl'] = firstLine(it['tables/users.jsonl']) } }
        'with a line that is not JSON'      | BackupInvalidException.Problem.DAMAGED      | { Path f -> changed(f) { it['tables/users.jsonl'] = ('not json\n' + new String(it['tables/users.jsonl'], 'UTF-8')).bytes } }
        'with text where a number belongs'  | BackupInvalidException.Problem.DAMAGED      | { Path f -> changed(f) { it['tables/products.jsonl'] = new String(it['tables/products.jsonl'], 'UTF-8').replaceFirst('"stock":\\d+', '"stock":"many"').bytes } }
        'with a table file not in the manifest' | BackupInvalidException.Problem.DAMAGED  | { Path f -> changed(f) { it['tables/users2.jsonl'] = '{}\n'.bytes } }
        'with a table the shop does not have' | BackupInvalidException.Problem.UNKNOWN_TABLE | { Path f -> changed(f) { it['tables/rockets.jsonl'] = '{"id":1}\n'.bytes; it['manifest.json'] = manifestWithTable(it, 'rockets', 1) } }
        'with a column the shop does not have' | BackupInvalidException.Problem.UNKNOWN_COLUMN | { Path f -> changed(f) { it['tables/products.jsonl'] = new String(it['tables/products.jsonl'], 'UTF-8').replace('"stock":', '"fuel":1,"stock":').bytes } }
    }

    def "a backup of a newer schema version is refused as too new (#database)"() {
        given:
        populate('new')
        Path good = backup()
        Path newer = changed(good) { it['manifest.json'] = manifestWith(it, [schemaVersion: '999']) }

        when:
        archive.check(newer)

        then:
        BackupTooNewException refused = thrown()
        refused.details().schemaVersion == '999'

        where:
        database = TestDatabase.describe()
    }

    def "a restore that fails on a row the database refuses changes nothing (#database)"() {
        given: 'a backup whose order lines point at an order that does not exist'
        List<UserId> before = populate('halfway')
        Path good = backup()
        Path broken = changed(good) {
            it['tables/order_lines.jsonl'] = new String(it['tables/order_lines.jsonl'], 'UTF-8')
                    .replaceFirst('"order_id":\\d+', '"order_id":987654').bytes
        }
        populate('meanwhile')
        Map snapshot = TableDump.of(dataSource)

        when:
        restore(broken)

        then:
        BackupInvalidException refused = thrown()
        refused.problem() == BackupInvalidException.Problem.DAMAGED
        TableDump.of(dataSource) == snapshot

        where:
        database = TestDatabase.describe()
    }

    def "a unit of work that fails after the rows were restored leaves everything as it was (#database)"() {
        given:
        List<UserId> before = populate('undone')
        Path file = backup()
        populate('kept')
        Map snapshot = TableDump.of(dataSource)

        when: 'the identities have been moved too when the failure comes'
        transactions.inTransaction {
            archive.restoreRows(file)
            throw new IllegalStateException('a later step failed')
        }

        then:
        thrown(IllegalStateException)
        TableDump.of(dataSource) == snapshot

        where:
        database = TestDatabase.describe()
    }

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size]
        new Random(7).nextBytes(bytes)
        bytes
    }

    static byte[] firstLine(byte[] jsonl) {
        (new String(jsonl, 'UTF-8').readLines().first() + '\n').bytes
    }

    static byte[] manifestWith(Map<String, byte[]> entries, Map changes) {
        Map manifest = new JsonSlurper().parse(entries['manifest.json']) as Map
        manifest.putAll(changes)
        JsonOutput.toJson(manifest).bytes
    }

    static byte[] manifestWithTable(Map<String, byte[]> entries, String table, long rows) {
        Map manifest = new JsonSlurper().parse(entries['manifest.json']) as Map
        (manifest.tables as Map)[table] = rows
        JsonOutput.toJson(manifest).bytes
    }
}
