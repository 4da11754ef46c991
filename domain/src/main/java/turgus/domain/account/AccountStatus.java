package turgus.domain.account;

/** Whether an account may sign in. A lockout after failed logins is separate and temporary. */
public enum AccountStatus {
    ACTIVE,
    BLOCKED,
    DEACTIVATED
}
