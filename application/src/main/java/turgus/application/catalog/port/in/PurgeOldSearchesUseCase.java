package turgus.application.catalog.port.in;

/** Forgets searches older than the shop needs for its trends. */
public interface PurgeOldSearchesUseCase {
    /** @return how many searches were forgotten */
    int purgeOldSearches();
}
