package turgus.domain.account;

/** What an account may do. An admin can shop too. */
public enum Role {
    CUSTOMER,
    ADMIN
}
