package turgus.web.backup

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.multipart.MultipartBody
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset
import spock.lang.Unroll
import turgus.application.backup.port.in.ScheduledBackupUseCase
import turgus.domain.account.Role
import turgus.persistence.testing.TableDump
import turgus.persistence.testing.TestDatabase
import turgus.web.media.ProductImageSpec
import turgus.web.testing.Reply
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

import java.nio.file.Files
import java.nio.file.Path
import java.util.zip.ZipEntry
import java.util.zip.ZipInputStream
import java.util.zip.ZipOutputStream

/** /api/admin/backups: make, list, download, delete and restore backups over HTTP. */
@MicronautTest(transactional = false)
class AdminBackupSpec extends WebSpec {
    /** Backups carry the hashes as they are stored, whatever made them: the hash is not the subject here. */
    @Override
    protected boolean fastHashing() {
        true
    }

    @Inject
    ScheduledBackupUseCase scheduled

    @Inject
    ApplicationContext context

    TestUser newAdmin() {
        newUser(EnumSet.of(Role.ADMIN, Role.CUSTOMER))
    }

    Reply uploadBackup(byte[] bytes, String token, String part = 'backup') {
        MultipartBody body = MultipartBody.builder()
                .addPart(part, 'backup.zip', MediaType.APPLICATION_OCTET_STREAM_TYPE, bytes).build()
        send(HttpRequest.POST('/api/admin/backups/restore', body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token)
    }

    long eventCount(String type) {
        TableDump.of(dataSource).event_log.count { it.type == type }
    }

    /** Every table but those a restore is meant to change: sessions (all signed out), events, the last login. */
    Map comparable() {
        Map dump = TableDump.of(dataSource)
        dump.remove('auth_sessions')
        dump.remove('event_log')
        dump.users = dump.users.collect { it.findAll { k, v -> k != 'last_login_at' } }
        dump
    }

    static Map<String, byte[]> entriesOf(byte[] zip) {
        Map<String, byte[]> entries = [:]
        new ZipInputStream(new ByteArrayInputStream(zip)).withCloseable { ZipInputStream in ->
            ZipEntry entry
            while ((entry = in.nextEntry) != null) {
                entries[entry.name] = in.readAllBytes()
            }
        }
        entries
    }

    static byte[] zipOf(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream()
        new ZipOutputStream(out).withCloseable { zip ->
            entries.each { name, bytes ->
                zip.putNextEntry(new ZipEntry(name))
                zip.write(bytes)
                zip.closeEntry()
            }
        }
        out.toByteArray()
    }

    def "an admin makes a backup, finds it in the list, downloads it and deletes it"() {
        given:
        TestUser admin = newAdmin()
        long created = eventCount('BACKUP_CREATED')

        when:
        Reply made = post('/api/admin/backups', null, admin.accessToken)

        then:
        made.status == 201
        made.json.id ==~ /[A-Za-z0-9-]+/
        made.json.createdAt
        made.json.sizeBytes > 0
        Files.isRegularFile(Path.of(dataDir, 'backups', "${made.json.id}.zip"))
        eventCount('BACKUP_CREATED') == created + 1

        when:
        Reply second = post('/api/admin/backups', null, admin.accessToken)
        Reply list = get('/api/admin/backups', admin.accessToken)

        then: 'newest first'
        list.status == 200
        list.json*.id.indexOf(second.json.id) < list.json*.id.indexOf(made.json.id)
        list.json.find { it.id == made.json.id }.sizeBytes == made.json.sizeBytes

        when:
        Reply file = get("/api/admin/backups/${made.json.id}", admin.accessToken)

        then:
        file.status == 200
        file.contentType.startsWith('application/zip')
        file.header('Content-Disposition') == "attachment; filename=\"${made.json.id}.zip\""
        Map manifest = new JsonSlurper().parse(entriesOf(file.bytes)['manifest.json']) as Map
        manifest.format == 'turgus-backup'
        manifest.formatVersion == 1
        (manifest.tables as Map).users >= 1

        when:
        Reply deleted = delete("/api/admin/backups/${made.json.id}", admin.accessToken)

        then:
        deleted.status == 204
        get("/api/admin/backups/${made.json.id}", admin.accessToken).status == 404
        delete("/api/admin/backups/${made.json.id}", admin.accessToken).status == 404
        !get('/api/admin/backups', admin.accessToken).json*.id.contains(made.json.id)
        eventCount('BACKUP_DELETED') >= 1
    }

    def "a restore brings back every table and picture, signs everyone out and signs the admin in again (#database)"() {
        given: 'a product with a picture, a customer with a balance, and a backup of it all'
        TestUser admin = newAdmin()
        TestUser shopper = newUser()
        Reply product = post('/api/admin/products', [name: 'Sencha', price: 12.5, stock: 4], admin.accessToken)
        Reply picture = upload("/api/admin/products/${product.json.id}/image", 'image', 'tea.png',
                ProductImageSpec.picture('png', 40, 30), admin.accessToken)
        byte[] pictureBytes = get(picture.json.imageUrl as String).bytes
        assert post('/api/me/balance/top-ups', [amount: 40], shopper.accessToken).status == 201
        Reply backup = post('/api/admin/backups', null, admin.accessToken)
        Map snapshot = comparable()

        when: 'things change: a new product, a new picture, an order, a new customer'
        post('/api/admin/products', [name: 'Matcha', price: 30, stock: 2], admin.accessToken)
        upload("/api/admin/products/${product.json.id}/image", 'image', 'new.png',
                ProductImageSpec.picture('png', 20, 20), admin.accessToken)
        post('/api/cart/items', [productId: product.json.id, quantity: 2], shopper.accessToken)
        assert post('/api/orders', null, shopper.accessToken).status == 201
        assert post('/api/admin/promo-codes', [code: 'AFTER', percent: 10], admin.accessToken).status == 201
        newUser()
        assert comparable() != snapshot

        and: 'the backup is restored'
        Reply restored = post("/api/admin/backups/${backup.json.id}/restore", null, admin.accessToken)

        then:
        restored.status == 200
        restored.json.restoredFrom == backup.json.id
        restored.json.tables.products == snapshot.products.size()
        restored.json.rows == restored.json.tables.values().sum()
        restored.json.signIn.access_token
        restored.json.signIn.token_type == 'Bearer'

        and: 'every table is as saved'
        comparable() == snapshot
        get("/api/admin/products?q=Matcha", restored.json.signIn.access_token as String).json.totalItems == 0
        get(picture.json.imageUrl as String).bytes == pictureBytes

        and: 'every session is signed out; the new one works'
        get('/api/me', admin.accessToken).status == 401
        get('/api/me', shopper.accessToken).status == 401
        get('/api/me', restored.json.signIn.access_token as String).status == 200
        TableDump.of(dataSource).auth_sessions.findAll { it.revoked_at == null }.size() == 1

        and: 'the restore is in the event log'
        TableDump.of(dataSource).event_log.any { it.type == 'BACKUP_RESTORED' && it.actor_id == admin.id }

        and: 'new rows get new ids'
        post('/api/admin/products', [name: 'Oolong', price: 3, stock: 1], restored.json.signIn.access_token as String).json.id >
                snapshot.products*.id.max()

        where:
        database = TestDatabase.describe()
    }

    def "an uploaded backup is restored; an admin not in it gets no new session"() {
        given:
        TestUser admin = newAdmin()
        Reply backup = post('/api/admin/backups', null, admin.accessToken)
        byte[] file = get("/api/admin/backups/${backup.json.id}", admin.accessToken).bytes
        TestUser otherAdmin = newAdmin()

        when:
        Reply restored = uploadBackup(file, otherAdmin.accessToken)

        then:
        restored.status == 200
        restored.json.restoredFrom == 'upload'
        restored.json.signIn == null
        get('/api/me', otherAdmin.accessToken).status == 401
    }

    @Unroll
    def "#what is refused with #status #reason and changes nothing"() {
        given:
        TestUser admin = newAdmin()
        Reply backup = post('/api/admin/backups', null, admin.accessToken)
        byte[] good = get("/api/admin/backups/${backup.json.id}", admin.accessToken).bytes
        newUser()
        Map before = TableDump.of(dataSource)

        when:
        Reply refused = uploadBackup(make(good), admin.accessToken)

        then:
        refused.status == status
        refused.json.code == status
        refused.json.reason == reason
        message == null || refused.json.message == message
        !refused.text.contains('Exception')
        TableDump.of(dataSource) == before
        get('/api/me', admin.accessToken).status == 200

        where:
        what                  | status | reason           | message                                                              | make
        'random bytes'        | 400    | 'BACKUP_INVALID' | 'This file is not a Turgus backup. Nothing was changed.'             | { byte[] g -> byte[] b = new byte[4000]; new Random(3).nextBytes(b); b }
        'a truncated backup'  | 400    | 'BACKUP_INVALID' | 'This backup is damaged or incomplete (the file). Nothing was changed.' | { byte[] g -> Arrays.copyOf(g, (int) (g.length * 0.6)) }
        'a ZIP of other files' | 400   | 'BACKUP_INVALID' | 'This file is not a Turgus backup. Nothing was changed.'             | { byte[] g -> zipOf(['notes.txt': 'hi'.bytes]) }
        'an unknown table'    | 400    | 'BACKUP_INVALID' | 'This backup has a table the shop does not have: rockets. Nothing was changed.' | { byte[] g -> withManifest(g, { it.tables.rockets = 1 }, ['tables/rockets.jsonl': '{"id":1}\n'.bytes]) }
        'an unknown column'   | 400    | 'BACKUP_INVALID' | 'This backup has a column the shop does not have: users.shoe_size. Nothing was changed.' | { byte[] g -> withUsers(g) { it.replaceFirst('\\{', '{"shoe_size":44,') } }
        'a newer schema'      | 409    | 'BACKUP_TOO_NEW' | null /* the next feature */                                                            | { byte[] g -> withManifest(g, { it.schemaVersion = '999' }, [:]) }
    }

    def "a kept file that is not a backup is refused by its id too, and changes nothing"() {
        given:
        TestUser admin = newAdmin()
        Files.createDirectories(Path.of(dataDir, 'backups'))
        Files.write(Path.of(dataDir, 'backups', 'broken-1.zip'), 'not a zip at all'.bytes)
        Map before = TableDump.of(dataSource)

        when:
        Reply refused = post('/api/admin/backups/broken-1/restore', null, admin.accessToken)

        then:
        refused.status == 400
        refused.json.reason == 'BACKUP_INVALID'
        refused.json.details.problem == 'NOT_A_BACKUP'
        TableDump.of(dataSource) == before
    }

    def "a backup of a newer schema says which versions meet"() {
        given:
        TestUser admin = newAdmin()
        Reply backup = post('/api/admin/backups', null, admin.accessToken)
        byte[] good = get("/api/admin/backups/${backup.json.id}", admin.accessToken).bytes

        when:
        Reply refused = uploadBackup(withManifest(good, { it.schemaVersion = '999' }, [:]), admin.accessToken)

        then:
        refused.status == 409
        refused.json.details.schemaVersion == '999'
        refused.json.message ==~ /This backup was made by a newer version of the shop \(schema version 999; this shop has \d+(\.\d+)*\), so it cannot be restored here\. Nothing was changed\./
    }

    static byte[] withManifest(byte[] zip, Closure change, Map<String, byte[]> more) {
        Map<String, byte[]> entries = entriesOf(zip)
        Map manifest = new JsonSlurper().parse(entries['manifest.json']) as Map
        change(manifest)
        entries['manifest.json'] = JsonOutput.toJson(manifest).bytes
        entries.putAll(more)
        zipOf(entries)
    }

    static byte[] withUsers(byte[] zip, Closure<String> change) {
        Map<String, byte[]> entries = entriesOf(zip)
        entries['tables/users.jsonl'] = change(new String(entries['tables/users.jsonl'], 'UTF-8')).bytes
        zipOf(entries)
    }

    def "a restore of an unknown backup is a 404, and one without the part is a 400"() {
        given:
        TestUser admin = newAdmin()

        expect:
        post('/api/admin/backups/backup-19990101-000000-000-1/restore', null, admin.accessToken).status == 404
        post('/api/admin/backups/backup-19990101-000000-000-1/restore', null, admin.accessToken).json.reason == 'NOT_FOUND'
        uploadBackup('x'.bytes, admin.accessToken, 'other').status == 400
    }

    @Unroll
    def "the id #id never reaches a file outside the backups folder"() {
        given:
        TestUser admin = newAdmin()
        Files.writeString(Path.of(dataDir, 'secret.zip'), 'secret')
        Files.createDirectories(Path.of(dataDir, 'backups'))

        when:
        Reply download = get("/api/admin/backups/${id}", admin.accessToken)
        Reply removal = delete("/api/admin/backups/${id}", admin.accessToken)
        Reply restore = post("/api/admin/backups/${id}/restore", null, admin.accessToken)

        then:
        download.status in [400, 404]
        removal.status in [400, 404]
        restore.status in [400, 404, 405]
        !download.text.contains('secret')
        Files.exists(Path.of(dataDir, 'secret.zip'))

        where:
        id << ['..%2Fsecret', '%2E%2E%2Fsecret', '..', '%2E%2E', '..%5Csecret', 'secret.zip', '.%2F..%2Fsecret', 'a%00b']
    }

    def "the backup routes need a signed-in admin: 401 without a token, 403 for a customer"() {
        given:
        TestUser customer = newUser()

        expect:
        [get('/api/admin/backups'), post('/api/admin/backups'), get('/api/admin/backups/x'),
         delete('/api/admin/backups/x'), post('/api/admin/backups/x/restore'), uploadBackup('x'.bytes, null)].every {
            it.status == 401 && it.json == [code: 401, message: 'Unauthorized']
        }
        [get('/api/admin/backups', customer.accessToken), post('/api/admin/backups', null, customer.accessToken),
         get('/api/admin/backups/x', customer.accessToken), delete('/api/admin/backups/x', customer.accessToken),
         post('/api/admin/backups/x/restore', null, customer.accessToken), uploadBackup('x'.bytes, customer.accessToken)].every {
            it.status == 403 && it.json == [code: 403, message: 'Forbidden']
        }
    }

    def "the scheduled backup keeps the newest ones it made and never an admin's"() {
        given:
        TestUser admin = newAdmin()
        String manual = post('/api/admin/backups', null, admin.accessToken).json.id

        when:
        Instant firstSlot = Instant.parse('2026-12-04T03:30:00Z')
        List<String> made = (1..3).collect { scheduled.makeScheduledBackup(2, firstSlot.plusSeconds(it * 60)).get().id() }
        List<String> kept = get('/api/admin/backups', admin.accessToken).json*.id

        then:
        made.every { it.startsWith('scheduled-') }
        kept.findAll { it.startsWith('scheduled-') } == [made[2], made[1]]
        kept.contains(manual)
    }

    def "two instances woken for one firing of the schedule make one backup between them"() {
        given: 'the jobs of two instances, their clocks 200 ms apart, one database'
        Instant firing = Instant.parse('2026-12-04T03:30:00Z')
        def first = new ScheduledBackupJob(scheduled, 7, '0 30 3 * * *', Clock.fixed(firing.plusMillis(15), ZoneOffset.UTC))
        def second = new ScheduledBackupJob(scheduled, 7, '0 30 3 * * *', Clock.fixed(firing.plusMillis(215), ZoneOffset.UTC))
        TestUser admin = newAdmin()
        int before = get('/api/admin/backups', admin.accessToken).json.size()

        when:
        [first, second].collect { job -> Thread.start { job.run() } }*.join()

        then:
        get('/api/admin/backups', admin.accessToken).json.size() == before + 1
    }

    def "without a schedule there is no scheduled backup job"() {
        expect:
        !context.containsBean(ScheduledBackupJob)
    }
}
