package turgus.persistence.account

import spock.lang.Specification
import turgus.application.account.port.in.UserSearch
import turgus.application.account.port.out.AccountBlocks
import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.UserAdministrationRepository
import turgus.application.account.port.out.UserOverview
import turgus.application.shared.PageRequest
import turgus.application.shared.Transactions
import turgus.domain.account.AccountStatus
import turgus.domain.account.Block
import turgus.domain.account.BlockCategory
import turgus.domain.account.Email
import turgus.domain.account.PhoneNumber
import turgus.domain.account.Role
import turgus.domain.account.UserId
import turgus.domain.shared.Money

import java.time.Duration
import java.time.Instant

import static turgus.persistence.testing.AccountBuilder.anAccount

/**
 * What every {@link UserAdministrationRepository} (and {@link AccountBlocks}) promises. Each feature
 * starts without accounts; the concrete spec seeds orders, balances, lockouts and events its own way.
 */
abstract class UserAdministrationRepositoryContract extends Specification {
    static final Instant NOW = Instant.parse('2026-12-01T12:00:00Z')
    static final PageRequest FIRST = new PageRequest(0, 100)

    abstract UserAdministrationRepository getUsers()

    abstract AccountBlocks getBlocks()

    abstract AccountRepository getAccounts()

    abstract Transactions getTransactions()

    /** An order of the user, paid or refunded. */
    abstract void order(UserId user, String total, boolean refunded)

    /** The user's balance, with its one ledger line. */
    abstract void balance(UserId user, String amount)

    /** A lockout after failed logins, until {@code until}. */
    abstract void lockedOut(UserId user, Instant until)

    abstract void event(UserId subject, String type, Instant at)

    /** How many orders and ledger lines of the user are stored, and the sum of the orders. */
    abstract Map<String, Object> history(UserId user)

    UserId add(Map options = [:]) {
        def builder = anAccount()
        if (options.name) builder.named(options.name as String)
        if (options.email) builder.withEmail(options.email as String)
        if (options.phone) builder.withPhone(options.phone as String)
        if (options.admin) builder.asAdmin()
        if (options.status) builder.withStatus(options.status as AccountStatus)
        if (options.createdAt) builder.openedAt(options.createdAt as Instant)
        if (options.lastLogin) builder.lastLoggedInAt(options.lastLogin as Instant)
        accounts.add(builder.build()).id()
    }

    List<Long> ids(UserSearch search, PageRequest page = FIRST) {
        users.search(search, NOW, page).items()*.id()*.value()
    }

    static UserSearch search(Map query = [:]) {
        UserSearch.of(query.q as String, query.status as String, query.role as String, query.sort as String)
    }

    def "the list finds #q in a name, an email or a phone, in any case; phone digits however typed"() {
        given:
        long ann = add(name: 'Ann Smith', email: 'ann@shop.example', phone: '+79161234567').value()
        long bob = add(name: 'Bob Stone', email: 'bob.ANNEX@example.com'.toLowerCase(), phone: '+79997654321').value()

        expect:
        ids(search(q: q)) as Set == expected.collect { it == 'ann' ? ann : bob } as Set

        where:
        q                   || expected
        'ann'               || ['ann', 'bob']
        'SMITH'             || ['ann']
        'shop.EXAMPLE'      || ['ann']
        '916 123'           || ['ann']
        '(916) 123-45-67'   || ['ann']
        '89161234567'       || []
        '7654321'           || ['bob']
        'nobody'            || []
        '%'                 || []
    }

    def "the list filters by status, by a lockout in force now, and by role"() {
        given:
        UserId active = add()
        UserId blocked = add(status: AccountStatus.BLOCKED)
        UserId deactivated = add(status: AccountStatus.DEACTIVATED)
        UserId admin = add(admin: true)
        UserId locked = add()
        UserId lockLifted = add()
        lockedOut(locked, NOW + Duration.ofMinutes(5))
        lockedOut(lockLifted, NOW - Duration.ofMinutes(1))

        expect:
        ids(search(status: 'ACTIVE')) as Set == [active, admin, locked, lockLifted]*.value() as Set
        ids(search(status: 'BLOCKED')) == [blocked.value()]
        ids(search(status: 'DEACTIVATED')) == [deactivated.value()]
        ids(search(status: 'LOCKED')) == [locked.value()]
        ids(search(role: 'ADMIN')) == [admin.value()]
        ids(search(role: 'CUSTOMER')).size() == 6
        users.search(search(status: 'LOCKED'), NOW, FIRST).items()[0].lockedUntil() == NOW + Duration.ofMinutes(5)
        users.find(lockLifted, NOW).get().lockedUntil() == null
    }

    def "each row carries the balance, the completed orders and what they came to, added up by the database"() {
        given:
        UserId buyer = add()
        UserId idle = add()
        order(buyer, '10.50', false)
        order(buyer, '20.00', false)
        order(buyer, '99.99', true)
        balance(buyer, '42.10')

        when:
        Map<Long, UserOverview> rows = users.search(search(), NOW, FIRST).items().collectEntries { [(it.id().value()): it] }

        then:
        with(rows[buyer.value()]) {
            completedOrders() == 2
            totalSpent() == Money.of('30.50')
            balance() == Money.of('42.10')
        }
        with(rows[idle.value()]) {
            completedOrders() == 0
            totalSpent() == Money.of('0')
            balance() == Money.of('0')
        }
    }

    def "the list is sorted by #sort"() {
        given:
        UserId a = add(name: 'Anna', email: 'z@example.com', createdAt: NOW - Duration.ofDays(3), lastLogin: NOW - Duration.ofDays(1))
        UserId b = add(name: 'Boris', email: 'y@example.com', createdAt: NOW - Duration.ofDays(2), lastLogin: NOW - Duration.ofDays(2))
        UserId c = add(name: 'Clara', email: 'x@example.com', createdAt: NOW - Duration.ofDays(1))
        order(a, '5.00', false)
        order(b, '50.00', false)
        balance(c, '7.00')
        balance(a, '1.00')
        Map<String, UserId> named = [a: a, b: b, c: c]

        expect:
        ids(search(sort: sort)) == expected.collect { named[it].value() }

        where:
        sort           || expected
        null           || ['c', 'b', 'a']
        '-createdAt'   || ['c', 'b', 'a']
        'createdAt'    || ['a', 'b', 'c']
        'name'         || ['a', 'b', 'c']
        'email'        || ['c', 'b', 'a']
        'lastLoginAt'  || ['b', 'a', 'c']
        '-lastLoginAt' || ['a', 'b', 'c']
        'balance'      || ['b', 'a', 'c']
        '-balance'     || ['c', 'a', 'b']
        'totalSpent'   || ['c', 'a', 'b']
        '-totalSpent'  || ['b', 'a', 'c']
    }

    def "the list pages and counts"() {
        given:
        5.times { add() }

        when:
        def page = users.search(search(sort: 'createdAt'), NOW, new PageRequest(1, 2))

        then:
        page.items().size() == 2
        page.totalItems() == 5
        page.totalPages() == 3
    }

    def "a block is kept with its end, reason and category, and lifts only once its end has come"() {
        given:
        UserId user = add()
        Block block = new Block(NOW + Duration.ofHours(1), 'chargebacks', BlockCategory.FRAUD)

        when:
        transactions.run { users.block(user, block) }

        then:
        accounts.findById(user).get().status() == AccountStatus.BLOCKED
        blocks.find(user).get() == block
        users.find(user, NOW).get().block() == block
        blocks.findEnded(NOW, 10).isEmpty()
        !blocks.liftEnded(user, NOW)

        and:
        blocks.findEnded(NOW + Duration.ofHours(1), 10) == [user]
        blocks.liftEnded(user, NOW + Duration.ofHours(1))
        !blocks.liftEnded(user, NOW + Duration.ofHours(1))
        accounts.findById(user).get().status() == AccountStatus.ACTIVE
        blocks.find(user).isEmpty()
    }

    def "a block for good never ends by itself; activation and deactivation drop a block"() {
        given:
        UserId user = add()
        transactions.run { users.block(user, new Block(null, 'spam', BlockCategory.SPAM)) }

        expect:
        blocks.findEnded(NOW + Duration.ofDays(10_000), 10).isEmpty()

        when:
        transactions.run { users.deactivate(user, NOW) }

        then:
        accounts.findById(user).get().status() == AccountStatus.DEACTIVATED
        blocks.find(user).isEmpty()
        users.find(user, NOW).get().block() == null

        when:
        transactions.run { users.activate(user) }

        then:
        accounts.findById(user).get().status() == AccountStatus.ACTIVE
    }

    def "roles are replaced"() {
        given:
        UserId user = add()

        when:
        transactions.run { users.replaceRoles(user, EnumSet.of(Role.ADMIN)) }

        then:
        accounts.findById(user).get().roles() == [Role.ADMIN] as Set
    }

    def "locking the admins answers how many active admins there are besides one"() {
        given:
        UserId first = add(admin: true)
        UserId second = add(admin: true)
        add(admin: true, status: AccountStatus.BLOCKED)
        add()

        expect:
        transactions.inTransaction { users.lockAdmins(first) } == 1
        transactions.inTransaction { users.lockAdmins(add()) } == 2
        transactions.inTransaction { users.lockForChange(second) }.get().roles() == [Role.ADMIN, Role.CUSTOMER] as Set
        transactions.inTransaction { users.lockForChange(UserId.of(999_999)) }.isEmpty()
    }

    def "a deleted account is anonymised: its orders and ledger stay, its email and phone are free, it is not found"() {
        given:
        UserId gone = add(name: 'Gone Person', email: 'gone@example.com', phone: '+79160000001')
        UserId stays = add()
        order(gone, '12.00', false)
        order(gone, '3.00', true)
        balance(gone, '5.00')
        Map<String, Object> before = history(gone)

        when:
        transactions.run { users.anonymise(gone, NOW) }

        then:
        history(gone) == before
        users.find(gone, NOW).isEmpty()
        ids(search()) == [stays.value()]
        ids(search(q: 'deleted')).isEmpty()
        transactions.inTransaction { users.lockForChange(gone) }.isEmpty()
        accounts.findByEmail(Email.of('gone@example.com')).isEmpty()
        accounts.findByPhone(new PhoneNumber('+79160000001')).isEmpty()
        with(accounts.findById(gone).get()) {
            fullName().value() == 'Deleted user'
            roles() == [Role.CUSTOMER] as Set
        }

        and: 'the email and phone can open a new account'
        add(email: 'gone@example.com', phone: '+79160000001')
    }

    def "inactive accounts: deactivated long enough, or never signed in and old enough; never admins"() {
        given:
        Instant cutoff = NOW - Duration.ofDays(30)
        UserId oldNeverSignedIn = add(createdAt: cutoff - Duration.ofDays(1))
        add(createdAt: cutoff - Duration.ofDays(1), lastLogin: NOW - Duration.ofDays(100))
        add(createdAt: cutoff + Duration.ofDays(1))
        add(admin: true, createdAt: cutoff - Duration.ofDays(1))
        UserId deactivatedLongAgo = add(lastLogin: NOW)
        UserId deactivatedLately = add(lastLogin: NOW)
        transactions.run {
            users.deactivate(deactivatedLongAgo, cutoff - Duration.ofDays(2))
            users.deactivate(deactivatedLately, cutoff + Duration.ofDays(2))
        }

        expect:
        users.countInactive(cutoff) == 2
        users.findInactive(cutoff) == [oldNeverSignedIn, deactivatedLongAgo].sort { it.value() }
    }

    def "the recent events about an account come newest first, at most as many as asked"() {
        given:
        UserId user = add()
        UserId other = add()
        event(user, 'LOGIN_SUCCEEDED', NOW - Duration.ofMinutes(3))
        event(user, 'USER_BLOCKED', NOW - Duration.ofMinutes(1))
        event(user, 'LOGIN_FAILED', NOW - Duration.ofMinutes(2))
        event(other, 'LOGIN_FAILED', NOW)

        expect:
        users.recentEvents(user, 2)*.type() == ['USER_BLOCKED', 'LOGIN_FAILED']
        users.recentEvents(user, 20).every { it.subjectId() == user.value() }
    }
}
