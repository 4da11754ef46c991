package turgus.persistence.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code search_log}: a search that found something, by whom, when. */
@MappedEntity("search_log")
record SearchLogRow(@Id @GeneratedValue @Nullable Long id, String query, long userId, Instant searchedAt) {}
