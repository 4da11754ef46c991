package turgus.persistence.security;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One row of {@code app_secrets}; {@code created_at} is left to the database's default. */
@MappedEntity("app_secrets")
record SecretRow(@Id String name, String secretValue) {}
