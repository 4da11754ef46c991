package turgus.web.account

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.account.port.in.LiftEndedBlocksUseCase
import turgus.domain.account.Role
import turgus.web.shopping.ShoppingWebSpec
import turgus.web.testing.Reply
import turgus.web.testing.TestUser

import java.time.Duration
import java.time.Instant

/** The admins' user back office over HTTP: every route, its errors, and what each change does to the account. */
@MicronautTest(transactional = false)
class AdminUserSpec extends ShoppingWebSpec {
    static final String UNAUTHORIZED = '{"code":401,"message":"Unauthorized"}'
    static final String FORBIDDEN = '{"code":403,"message":"Forbidden"}'

    @Inject
    LiftEndedBlocksUseCase blockJob

    Reply login(TestUser user, String password = user.password) {
        post('/api/auth/login', [username: user.email, password: password])
    }

    /** Three wrong passwords in a row: the account is locked out. */
    void lockOut(TestUser user) {
        3.times { login(user, 'Wrong-password-1!') }
        assert login(user).status == 429
    }

    Map row(TestUser user) {
        Reply list = get("/api/admin/users?q=${user.email}", admin.accessToken)
        assert list.status == 200: list
        list.json.items.find { it.id == user.id } as Map
    }

    // --- the list ----------------------------------------------------------------------

    void "the list shows each account with its balance, completed orders, total spent, last login and lock"() {
        given:
        TestUser buyer = buyerWith('100')
        long tea = addProduct('List tea', '12.50', 5)
        addToCart(buyer, tea, 2)
        assert checkout(buyer).status == 201

        when:
        Reply list = get("/api/admin/users?q=${buyer.email.toUpperCase()}", admin.accessToken)

        then:
        list.status == 200
        list.json.totalItems == 1
        with(list.json.items[0]) {
            id == buyer.id
            email == buyer.email
            phone == buyer.phone
            fullName.startsWith('Test User')
            roles == ['CUSTOMER']
            status == 'ACTIVE'
            balance == 75
            completedOrders == 1
            totalSpent == 25
            lastLoginAt != null
            createdAt != null
            lockedUntil == null
            blockedUntil == null
            blockReason == null
        }
    }

    void "the list finds phone digits however typed, filters by status, lock and role, and sorts"() {
        given:
        TestUser locked = newUser()
        lockOut(locked)
        String digits = locked.phone.substring(2)
        String typed = "8 (${digits.substring(0, 3)}) ${digits.substring(3, 6)}-${digits.substring(6, 8)}-${digits.substring(8)}"

        expect:
        get("/api/admin/users?q=${URLEncoder.encode(typed, 'UTF-8')}", admin.accessToken).json.items.any { it.id == locked.id }
        get('/api/admin/users?status=LOCKED&size=100', admin.accessToken).json.items*.id == [locked.id]
        row(locked).lockedUntil != null
        get('/api/admin/users?role=ADMIN&size=100', admin.accessToken).json.items.every { 'ADMIN' in it.roles }
        get('/api/admin/users?role=ADMIN&size=100', admin.accessToken).json.items.any { it.id == admin.id }
        get('/api/admin/users?status=ACTIVE&size=100', admin.accessToken).json.items.every { it.status == 'ACTIVE' }

        when:
        List<Map> byName = get('/api/admin/users?sort=name&size=100', admin.accessToken).json.items as List<Map>
        List<Map> newest = get('/api/admin/users?size=100', admin.accessToken).json.items as List<Map>

        then:
        byName*.fullName == byName*.fullName.toSorted()
        newest*.createdAt == newest*.createdAt.toSorted().reverse()
    }

    void "a bad #parameter is a 400 that names it"() {
        when:
        Reply reply = get("/api/admin/users?${parameter}=${value}", admin.accessToken)

        then:
        reply.status == 400
        reply.json.reason == 'INVALID_INPUT'
        reply.json.errors*.field == [parameter]

        where:
        parameter | value
        'status'  | 'GONE'
        'status'  | 'active'
        'role'    | 'ROOT'
        'sort'    | 'password'
        'size'    | '101'
        'page'    | '-1'
    }

    void "#method #path needs an admin: 401 for strangers, 403 for customers"() {
        expect:
        send(request(method, path), null).text == UNAUTHORIZED
        send(request(method, path), customer.accessToken).text == FORBIDDEN

        where:
        method   | path
        'GET'    | '/api/admin/users'
        'GET'    | '/api/admin/users/1'
        'POST'   | '/api/admin/users/1/block'
        'POST'   | '/api/admin/users/1/unblock'
        'POST'   | '/api/admin/users/1/activate'
        'POST'   | '/api/admin/users/1/deactivate'
        'POST'   | '/api/admin/users/1/unlock'
        'PUT'    | '/api/admin/users/1/roles'
        'DELETE' | '/api/admin/users/1'
        'POST'   | '/api/admin/users/bulk'
        'GET'    | '/api/admin/users/purge-inactive?inactiveDays=5'
        'POST'   | '/api/admin/users/purge-inactive'
    }

    private static io.micronaut.http.MutableHttpRequest<?> request(String method, String path) {
        def request = io.micronaut.http.HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path)
        if (method in ['POST', 'PUT']) {
            request.body(method == 'PUT' ? '["CUSTOMER"]' : '{}').contentType('application/json')
        }
        request
    }

    // --- one account -------------------------------------------------------------------

    void "an account's page has its sessions, recent orders, ledger and events; unknown ids are 404 or 400"() {
        given:
        TestUser buyer = buyerWith('30')
        addToCart(buyer, addProduct('Detail tea', '10.00', 5), 1)
        long order = checkout(buyer).json.id as long

        when:
        Reply detail = get("/api/admin/users/${buyer.id}", admin.accessToken)

        then:
        detail.status == 200
        with(detail.json) {
            id == buyer.id
            sessions*.id == [sessionOf(buyer.accessToken)]
            sessions[0].createdAt
            recentOrders*.id == [order]
            recentOrders[0].status == 'PAID'
            recentOrders[0].total == 10
            ledger*.type == ['PURCHASE', 'TOP_UP']
            ledger[0].balanceAfter == 20
            recentEvents*.type.contains('LOGIN_SUCCEEDED')
            recentEvents.every { it.subjectId == buyer.id }
        }

        and:
        get('/api/admin/users/999999', admin.accessToken).json.reason == 'NOT_FOUND'
        get('/api/admin/users/999999', admin.accessToken).status == 404
        get('/api/admin/users/0', admin.accessToken).status == 404
        get('/api/admin/users/abc', admin.accessToken).status == 400
    }

    void "a block ends every session at once, and a right password then hears why: category and end"() {
        given:
        TestUser user = newUser()
        Instant until = (Instant.now() + Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.MICROS)

        when:
        Reply blocked = post("/api/admin/users/${user.id}/block",
                [until: until.toString(), reason: 'Chargebacks on three orders', category: 'PAYMENT'], admin.accessToken)

        then:
        blocked.status == 200
        blocked.json.status == 'BLOCKED'
        Instant.parse(blocked.json.blockedUntil as String) == until
        blocked.json.blockReason == 'Chargebacks on three orders'
        blocked.json.blockCategory == 'PAYMENT'
        blocked.json.sessions == []

        and: 'the very next request with the old token is refused'
        get('/api/me', user.accessToken).text == UNAUTHORIZED

        and: 'a right password is told of the block, a wrong one only that it is wrong'
        with(login(user)) {
            status == 403
            json.reason == 'ACCOUNT_BLOCKED'
            json.details.category == 'PAYMENT'
            Instant.parse(json.details.until as String) == until
        }
        login(user, 'Wrong-password-1!').status == 401
        login(user, 'Wrong-password-1!').json.reason == 'INVALID_CREDENTIALS'

        and:
        long adminId = admin.id
        with(eventsOf(user.id).find { it.type == 'USER_BLOCKED' }) {
            actor == adminId
            details.contains('category=PAYMENT')
            details.contains('reason=Chargebacks on three orders')
            details.contains('sessionsEnded=1')
        }
    }

    void "a block for good tells only its category; blocking again replaces the block"() {
        given:
        TestUser user = newUser()
        post("/api/admin/users/${user.id}/block", [until: (Instant.now() + Duration.ofDays(1)).toString(), reason: 'first'], admin.accessToken)

        when:
        Reply again = post("/api/admin/users/${user.id}/block", [reason: 'second', category: 'FRAUD'], admin.accessToken)

        then:
        again.status == 200
        again.json.blockedUntil == null
        again.json.blockReason == 'second'
        login(user).json.details == [category: 'FRAUD']
    }

    void "a block whose end has come lifts at sign-in, and the job lifts the others, each with BLOCK_EXPIRED"() {
        given:
        TestUser signsIn = newUser()
        TestUser waits = newUser()
        [signsIn, waits].each {
            assert post("/api/admin/users/${it.id}/block", [until: (Instant.now() + Duration.ofHours(1)).toString(), reason: 'cool down'], admin.accessToken).status == 200
        }

        when:
        clock.advance(Duration.ofHours(2))

        then:
        login(signsIn).status == 200
        eventsOf(signsIn.id).find { it.type == 'BLOCK_EXPIRED' }.details.contains('by=sign-in')

        when:
        int lifted = blockJob.liftEndedBlocks()

        then:
        lifted >= 1
        row(waits).status == 'ACTIVE'
        row(waits).blockedUntil == null
        eventsOf(waits.id).find { it.type == 'BLOCK_EXPIRED' }.details.contains('by=job')
        login(waits).status == 200
    }

    void "a block needs a reason, an end in the future and a known category: #body"() {
        given:
        TestUser user = newUser()

        when:
        Reply reply = post("/api/admin/users/${user.id}/block", body, admin.accessToken)

        then:
        reply.status == 400
        reply.json.reason == 'INVALID_INPUT'
        reply.json.errors*.field == fields
        get('/api/me', user.accessToken).status == 200

        where:
        body                                                   || fields
        [:]                                                    || ['reason']
        [reason: '  ']                                         || ['reason']
        [reason: 'x' * 501]                                    || ['reason']
        [reason: 'late', until: '2020-01-01T00:00:00Z']        || ['until']
        [reason: 'odd', category: 'RUDENESS']                  || ['category']
        [reason: 'odd', until: 'tomorrow']                     || ['until']
    }

    void "an admin cannot #action their own account"() {
        when:
        Reply reply = send(request(method, path.replace('ID', "${admin.id}")).tap {
            if (body != null) {
                it.body(body)
            }
        }, admin.accessToken)

        then:
        reply.status == 409
        reply.json.reason == 'CANNOT_CHANGE_OWN_ACCOUNT'
        reply.json.message
        get('/api/me', admin.accessToken).status == 200
        'ADMIN' in get('/api/me', admin.accessToken).json.roles

        where:
        action       | method   | path                            | body
        'block'      | 'POST'   | '/api/admin/users/ID/block'      | '{"reason":"me"}'
        'deactivate' | 'POST'   | '/api/admin/users/ID/deactivate' | null
        'delete'     | 'DELETE' | '/api/admin/users/ID'            | null
        'demote'     | 'PUT'    | '/api/admin/users/ID/roles'      | '["CUSTOMER"]'
    }

    void "#action of an unknown account is a 404"() {
        expect:
        with(post("/api/admin/users/999999/${action}", action == 'block' ? [reason: 'x'] : null, admin.accessToken)) {
            status == 404
            json.reason == 'NOT_FOUND'
            json.details == [resource: 'USER', id: 999999]
        }

        where:
        action << ['block', 'unblock', 'activate', 'deactivate', 'unlock']
    }

    void "unblocking lifts the block and a lockout too"() {
        given:
        TestUser user = newUser()
        lockOut(user)
        post("/api/admin/users/${user.id}/block", [reason: 'suspicious'], admin.accessToken)

        when:
        Reply unblocked = post("/api/admin/users/${user.id}/unblock", null, admin.accessToken)

        then:
        unblocked.status == 200
        unblocked.json.status == 'ACTIVE'
        unblocked.json.lockedUntil == null
        unblocked.json.blockReason == null
        login(user).status == 200
        eventsOf(user.id).find { it.type == 'USER_UNBLOCKED' }.details == 'before=BLOCKED after=ACTIVE lockoutCleared=true'
    }

    void "unlocking lifts only the lockout"() {
        given:
        TestUser user = newUser()
        lockOut(user)
        assert row(user).lockedUntil

        when:
        Reply unlocked = post("/api/admin/users/${user.id}/unlock", null, admin.accessToken)

        then:
        unlocked.status == 200
        unlocked.json.lockedUntil == null
        unlocked.json.status == 'ACTIVE'
        login(user).status == 200
        eventsOf(user.id).find { it.type == 'USER_UNLOCKED' }.details.startsWith('lockedUntil=20')
    }

    void "deactivating ends every session and refuses sign-in; activating lets the account in again"() {
        given:
        TestUser user = newUser()

        when:
        Reply deactivated = post("/api/admin/users/${user.id}/deactivate", null, admin.accessToken)

        then:
        deactivated.status == 200
        deactivated.json.status == 'DEACTIVATED'
        get('/api/me', user.accessToken).text == UNAUTHORIZED
        login(user).status == 403
        login(user).json.reason == 'ACCOUNT_DEACTIVATED'

        when:
        Reply activated = post("/api/admin/users/${user.id}/activate", null, admin.accessToken)

        then:
        activated.status == 200
        activated.json.status == 'ACTIVE'
        login(user).status == 200
        eventsOf(user.id)*.type.containsAll(['USER_DEACTIVATED', 'USER_ACTIVATED'])
    }

    void "roles are replaced, the account signs in again to hold them, and the event says before and after"() {
        given:
        TestUser user = newUser()

        when:
        Reply promoted = put("/api/admin/users/${user.id}/roles", ['CUSTOMER', 'ADMIN'], admin.accessToken)

        then:
        promoted.status == 200
        promoted.json.roles == ['CUSTOMER', 'ADMIN']
        get('/api/me', user.accessToken).status == 401
        get('/api/admin/users', signIn(user).accessToken).status == 200
        eventsOf(user.id).find { it.type == 'USER_ROLES_CHANGED' }.details == 'before=CUSTOMER after=CUSTOMER,ADMIN sessionsEnded=1'

        when:
        Reply demoted = put("/api/admin/users/${user.id}/roles", ['CUSTOMER'], admin.accessToken)

        then:
        demoted.status == 200
        demoted.json.roles == ['CUSTOMER']
    }

    void "roles must be at least one, each known and named once: #body"() {
        when:
        Reply reply = sendRaw('PUT', "/api/admin/users/${customer.id}/roles", body, admin.accessToken)

        then:
        reply.status == 400
        reply.json.reason == 'INVALID_INPUT'
        reply.json.errors*.field == ['roles']
        get("/api/admin/users/${customer.id}", admin.accessToken).json.roles == ['CUSTOMER']

        where:
        body << ['[]', '["CUSTOMER","CUSTOMER"]', '["ROOT"]', '["admin"]', '[null]']
    }

    void "roles come as a JSON array, nothing else"() {
        expect:
        sendRaw('PUT', "/api/admin/users/${customer.id}/roles", '{"roles":["ADMIN"]}', admin.accessToken).status == 400
        sendRaw('PUT', "/api/admin/users/${customer.id}/roles", '"ADMIN"', admin.accessToken).status == 400
    }

    void "a deleted account is anonymised: gone from list and page, cannot sign in, email and phone free, orders and revenue kept"() {
        given:
        TestUser buyer = buyerWith('50')
        addToCart(buyer, addProduct('Deleted tea', '20.00', 5), 1)
        long order = checkout(buyer).json.id as long
        BigDecimal revenueBefore = (get('/api/admin/orders?size=100', admin.accessToken).json.items*.total as List<BigDecimal>).sum() as BigDecimal

        when:
        Reply deleted = delete("/api/admin/users/${buyer.id}", admin.accessToken)

        then:
        deleted.status == 204
        get('/api/me', buyer.accessToken).text == UNAUTHORIZED
        login(buyer).status == 401
        get("/api/admin/users/${buyer.id}", admin.accessToken).status == 404
        get("/api/admin/users?q=${buyer.email}", admin.accessToken).json.totalItems == 0
        post("/api/admin/users/${buyer.id}/block", [reason: 'x'], admin.accessToken).status == 404
        delete("/api/admin/users/${buyer.id}", admin.accessToken).status == 404

        and: 'the order is still there, with the anonymised customer, and the revenue is the same'
        with(get('/api/admin/orders?size=100', admin.accessToken).json) {
            (items*.total as List<BigDecimal>).sum() == revenueBefore
            with(items.find { it.id == order }) {
                customer.id == buyer.id
                customer.fullName == 'Deleted user'
                customer.email != buyer.email
            }
        }

        and: 'the email and phone can open a new account'
        accountRepository.add(turgus.domain.account.Account.open(new turgus.domain.account.FullName('New owner'),
                turgus.domain.account.Email.of(buyer.email), new turgus.domain.account.PhoneNumber(buyer.phone),
                storedPassword(), EnumSet.of(Role.CUSTOMER), Instant.now())).id()

        and:
        long adminId = admin.id
        with(eventsOf(buyer.id).find { it.type == 'USER_DELETED' }) {
            actor == adminId
            details.contains('by=admin')
        }
    }

    // --- many accounts -------------------------------------------------------------------

    void "a bulk action succeeds or fails per id, with one event per account"() {
        given:
        TestUser one = newUser()
        TestUser two = newUser()

        when:
        Reply outcome = post('/api/admin/users/bulk',
                [action: 'block', ids: [one.id, 999999, two.id, admin.id], reason: 'spam wave', category: 'SPAM'],
                admin.accessToken)

        then:
        outcome.status == 200
        outcome.json.succeeded == [one.id, two.id]
        outcome.json.failed*.id == [999999, admin.id]
        outcome.json.failed*.reason == ['NOT_FOUND', 'CANNOT_CHANGE_OWN_ACCOUNT']
        outcome.json.failed.every { it.message }
        [one, two].every { row(it) == null || row(it).status == 'BLOCKED' }
        get('/api/me', one.accessToken).status == 401
        eventsOf(one.id).count { it.type == 'USER_BLOCKED' } == 1
        eventsOf(two.id).count { it.type == 'USER_BLOCKED' } == 1

        when:
        Reply lifted = post('/api/admin/users/bulk', [action: 'unblock', ids: [one.id, two.id]], admin.accessToken)

        then:
        lifted.json.succeeded == [one.id, two.id]
        lifted.json.failed == []
        login(one).status == 200
    }

    void "bulk #action works on each id"() {
        given:
        TestUser user = newUser()

        when:
        Reply outcome = post('/api/admin/users/bulk', [action: action, ids: [user.id]], admin.accessToken)

        then:
        outcome.status == 200
        outcome.json.succeeded == [user.id]
        eventsOf(user.id)*.type.contains(event)

        where:
        action       || event
        'deactivate' || 'USER_DEACTIVATED'
        'activate'   || 'USER_ACTIVATED'
        'delete'     || 'USER_DELETED'
    }

    void "bulk send-test-email queues a plain test mail to each account"() {
        given:
        TestUser one = newUser()
        TestUser two = newUser()

        when:
        Reply outcome = post('/api/admin/users/bulk', [action: 'send-test-email', ids: [one.id, two.id]], admin.accessToken)

        then:
        outcome.json.succeeded == [one.id, two.id]
        lastMailTo(one.email).contains('test mail')
        lastMailTo(two.email).contains('test mail')
        eventsOf(one.id).find { it.type == 'TEST_MAIL_SENT' }.details == "to=${one.email}"
    }

    void "a bulk request names its bad fields: #body"() {
        when:
        Reply reply = post('/api/admin/users/bulk', body, admin.accessToken)

        then:
        reply.status == 400
        reply.json.reason == 'INVALID_INPUT'
        reply.json.errors*.field as Set == fields as Set

        where:
        body                                       || fields
        [ids: [1]]                                 || ['action']
        [action: 'explode', ids: [1]]              || ['action']
        [action: 'unblock']                        || ['ids']
        [action: 'unblock', ids: []]               || ['ids']
        [action: 'unblock', ids: [1, 1]]           || ['ids']
        [action: 'unblock', ids: (1..501).toList()] || ['ids']
        [action: 'block', ids: [1]]                || ['reason']
        [action: 'block', ids: [1], reason: 'x', category: 'NOPE'] || ['category']
    }

    // --- delete inactive accounts ----------------------------------------------------------

    void "delete inactive accounts: a preview, then the purge; admins and recent sign-ins stay"() {
        given:
        TestUser neverSignedIn = createAccount()
        TestUser signedIn = newUser()
        TestUser idleAdmin = createAccount(EnumSet.of(Role.ADMIN))
        clock.advance(Duration.ofDays(40))
        TestUser fresh = newUser()

        when:
        Reply preview = get('/api/admin/users/purge-inactive?inactiveDays=30', admin.accessToken)

        then:
        preview.status == 200
        preview.json.inactiveDays == 30
        preview.json.matching >= 1

        when:
        Reply purge = post('/api/admin/users/purge-inactive', [inactiveDays: 30], admin.accessToken)

        then:
        purge.status == 200
        purge.json.deleted == preview.json.matching
        get("/api/admin/users/${neverSignedIn.id}", admin.accessToken).status == 404
        get("/api/admin/users/${signedIn.id}", admin.accessToken).status == 200
        get("/api/admin/users/${idleAdmin.id}", admin.accessToken).status == 200
        get("/api/admin/users/${fresh.id}", admin.accessToken).status == 200
        eventsOf(neverSignedIn.id).find { it.type == 'USER_DELETED' }.details.contains('by=purge inactiveDays=30')
        get('/api/admin/users/purge-inactive?inactiveDays=30', admin.accessToken).json.matching == 0
    }

    void "inactiveDays must be a whole number from 1 to 3650: #value"() {
        expect:
        with(get("/api/admin/users/purge-inactive${value == null ? '' : "?inactiveDays=${value}"}", admin.accessToken)) {
            status == 400
            json.errors*.field == ['inactiveDays']
        }
        with(post('/api/admin/users/purge-inactive', value == null ? [:] : [inactiveDays: value], admin.accessToken)) {
            status == 400
            json.errors*.field == ['inactiveDays']
        }

        where:
        value << [null, 0, 3651, 'ten']
    }
}
