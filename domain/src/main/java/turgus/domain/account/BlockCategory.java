package turgus.domain.account;

/** Why an account is blocked, in the words the blocked person is told; the admin's own reason is private. */
public enum BlockCategory {
    ABUSE,
    FRAUD,
    SPAM,
    PAYMENT,
    OTHER
}
