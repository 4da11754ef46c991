package turgus.persistence.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** The picture column of {@code users}, apart from the rest of an account. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserPictureRowRepository extends GenericRepository<UserRow, Long> {
    Optional<UserRow> findById(Long id);

    @Query("UPDATE users SET picture_name = :pictureName WHERE id = :id")
    int updatePicture(long id, String pictureName);
}
