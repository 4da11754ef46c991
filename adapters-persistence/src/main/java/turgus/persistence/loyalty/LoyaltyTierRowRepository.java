package turgus.persistence.loyalty;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** SQL for {@code loyalty_tiers}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoyaltyTierRowRepository extends CrudRepository<LoyaltyTierRow, Integer> {
    @Query("DELETE FROM loyalty_tiers")
    int deleteEvery();
}
