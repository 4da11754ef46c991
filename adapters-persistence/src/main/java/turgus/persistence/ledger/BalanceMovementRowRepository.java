package turgus.persistence.ledger;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** SQL for {@code balance_movements}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface BalanceMovementRowRepository extends CrudRepository<BalanceMovementRow, Long> {
    String COLUMNS =
            "SELECT id, user_id, movement_type, amount, balance_after, created_at, order_id, note FROM balance_movements";

    @Query(COLUMNS + " WHERE id = :id AND user_id = :userId")
    Optional<BalanceMovementRow> findOfUser(long id, long userId);

    @Query(COLUMNS + " WHERE user_id = :userId ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<BalanceMovementRow> findNewestFirst(long userId, int limit, long offset);

    @Query(COLUMNS + " WHERE user_id = :userId ORDER BY id")
    List<BalanceMovementRow> findOldestFirst(long userId);

    @Query("SELECT COUNT(*) FROM balance_movements WHERE user_id = :userId")
    long countOfUser(long userId);
}
