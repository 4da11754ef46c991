package turgus.persistence.account;

import io.micronaut.core.annotation.Introspected;

/** One row of {@code user_roles}. */
@Introspected
record UserRoleRow(long userId, String role) {}
