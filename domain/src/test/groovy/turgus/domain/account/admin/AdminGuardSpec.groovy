package turgus.domain.account.admin

import spock.lang.Specification
import turgus.domain.account.Role
import turgus.domain.account.UserId

import static turgus.domain.account.AccountStatus.ACTIVE
import static turgus.domain.account.AccountStatus.BLOCKED
import static turgus.domain.account.AccountStatus.DEACTIVATED
import static turgus.domain.account.Role.ADMIN
import static turgus.domain.account.Role.CUSTOMER
import static turgus.domain.account.admin.AccountAction.ACTIVATE
import static turgus.domain.account.admin.AccountAction.BLOCK
import static turgus.domain.account.admin.AccountAction.CHANGE_ROLES
import static turgus.domain.account.admin.AccountAction.DEACTIVATE
import static turgus.domain.account.admin.AccountAction.DELETE
import static turgus.domain.account.admin.AccountAction.SEND_TEST_EMAIL
import static turgus.domain.account.admin.AccountAction.UNBLOCK
import static turgus.domain.account.admin.AccountAction.UNLOCK
import static turgus.domain.account.admin.AdminGuard.Verdict.ALLOWED
import static turgus.domain.account.admin.AdminGuard.Verdict.LAST_ADMIN
import static turgus.domain.account.admin.AdminGuard.Verdict.OWN_ACCOUNT

class AdminGuardSpec extends Specification {
    static final UserId ME = UserId.of(1)
    static final UserId OTHER = UserId.of(2)

    def "#action by #actorName on an account with #roles (#status), #others other active admins, new roles #newRoles: #verdict"() {
        expect:
        AdminGuard.check(ME, target, action, roles as Set<Role>, status, newRoles as Set<Role>, others) == verdict

        where:
        actorName | action          | roles              | status      | newRoles           | others || verdict
        // an admin's own account: no shutting out, no demotion
        'self'    | DELETE          | [ADMIN, CUSTOMER]  | ACTIVE      | null               | 5      || OWN_ACCOUNT
        'self'    | BLOCK           | [ADMIN, CUSTOMER]  | ACTIVE      | null               | 5      || OWN_ACCOUNT
        'self'    | DEACTIVATE      | [ADMIN]            | ACTIVE      | null               | 5      || OWN_ACCOUNT
        'self'    | CHANGE_ROLES    | [ADMIN, CUSTOMER]  | ACTIVE      | [CUSTOMER]         | 5      || OWN_ACCOUNT
        'self'    | DELETE          | [ADMIN]            | ACTIVE      | null               | 0      || OWN_ACCOUNT
        // what does not take ADMIN away is allowed on oneself
        'self'    | CHANGE_ROLES    | [ADMIN]            | ACTIVE      | [ADMIN, CUSTOMER]  | 0      || ALLOWED
        'self'    | UNLOCK          | [ADMIN]            | ACTIVE      | null               | 0      || ALLOWED
        'self'    | UNBLOCK         | [ADMIN]            | ACTIVE      | null               | 0      || ALLOWED
        'self'    | ACTIVATE        | [ADMIN]            | ACTIVE      | null               | 0      || ALLOWED
        'self'    | SEND_TEST_EMAIL | [ADMIN]            | ACTIVE      | null               | 0      || ALLOWED
        // the last active admin
        'other'   | DELETE          | [ADMIN]            | ACTIVE      | null               | 0      || LAST_ADMIN
        'other'   | BLOCK           | [ADMIN]            | ACTIVE      | null               | 0      || LAST_ADMIN
        'other'   | DEACTIVATE      | [ADMIN, CUSTOMER]  | ACTIVE      | null               | 0      || LAST_ADMIN
        'other'   | CHANGE_ROLES    | [ADMIN]            | ACTIVE      | [CUSTOMER]         | 0      || LAST_ADMIN
        'other'   | CHANGE_ROLES    | [ADMIN]            | ACTIVE      | []                 | 0      || LAST_ADMIN
        // one more active admin is enough
        'other'   | DELETE          | [ADMIN]            | ACTIVE      | null               | 1      || ALLOWED
        'other'   | CHANGE_ROLES    | [ADMIN]            | ACTIVE      | [CUSTOMER]         | 1      || ALLOWED
        // an admin who is not active is not the last active admin
        'other'   | DELETE          | [ADMIN]            | BLOCKED     | null               | 0      || ALLOWED
        'other'   | CHANGE_ROLES    | [ADMIN]            | DEACTIVATED | [CUSTOMER]         | 0      || ALLOWED
        // customers are never guarded
        'other'   | DELETE          | [CUSTOMER]         | ACTIVE      | null               | 0      || ALLOWED
        'other'   | BLOCK           | [CUSTOMER]         | ACTIVE      | null               | 0      || ALLOWED
        'other'   | CHANGE_ROLES    | [CUSTOMER]         | ACTIVE      | [CUSTOMER]         | 0      || ALLOWED
        // promoting, keeping ADMIN, lifting: never guarded
        'other'   | CHANGE_ROLES    | [CUSTOMER]         | ACTIVE      | [ADMIN]            | 0      || ALLOWED
        'other'   | CHANGE_ROLES    | [ADMIN]            | ACTIVE      | [ADMIN, CUSTOMER]  | 0      || ALLOWED
        'other'   | UNBLOCK         | [ADMIN]            | BLOCKED     | null               | 0      || ALLOWED
        'other'   | ACTIVATE        | [ADMIN]            | DEACTIVATED | null               | 0      || ALLOWED
        'other'   | UNLOCK          | [ADMIN]            | ACTIVE      | null               | 0      || ALLOWED

        target = actorName == 'self' ? ME : OTHER
    }

    def "only blocking, deactivating and deleting shut an account out"() {
        expect:
        AccountAction.values().findAll { it.shutsOut() } as Set == [BLOCK, DEACTIVATE, DELETE] as Set
    }
}
