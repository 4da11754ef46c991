package turgus.web.catalog;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.catalog.port.in.PurgeOldSearchesUseCase;

/** Forgets shoppers' searches once the trends no longer need them. */
@Singleton
public class CatalogHousekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogHousekeeping.class);

    private final PurgeOldSearchesUseCase searches;

    public CatalogHousekeeping(PurgeOldSearchesUseCase searches) {
        this.searches = searches;
    }

    @Scheduled(fixedDelay = "6h", initialDelay = "15m")
    public void purgeOldSearches() {
        try {
            int deleted = searches.purgeOldSearches();
            if (deleted > 0) {
                LOG.info("Forgot {} searches older than the trends need", deleted);
            }
        } catch (RuntimeException failure) {
            LOG.warn("Could not forget old searches", failure);
        }
    }
}
