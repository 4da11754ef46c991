package turgus.persistence.cart;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One row of {@code carts}: the customer's cart (its row is the lock) and its promo code. */
@MappedEntity("carts")
record CartRow(@Id long userId, @Nullable String promoCode) {}
