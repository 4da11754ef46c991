package turgus.persistence.cart;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** On PostgreSQL, one {@code DELETE … RETURNING} ({@link CartLineRowRepository#deleteOfCartReturning}). */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
final class PostgresCartLineTakes implements CartLineTakes {
    private final CartLineRowRepository lines;

    PostgresCartLineTakes(CartLineRowRepository lines) {
        this.lines = Objects.requireNonNull(lines, "lines");
    }

    @Override
    public List<CartLineRow> takeLines(long owner) {
        return lines.deleteOfCartReturning(owner).stream()
                .sorted(Comparator.comparingInt(CartLineRow::lineNo))
                .toList();
    }
}
