package turgus.persistence.order;

import io.micronaut.core.annotation.Introspected;

/** A customer's name and email as their account has them now (a projection of {@code users}). */
@Introspected
record CustomerContactRow(String fullName, String email) {}
