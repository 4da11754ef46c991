package turgus.application.discount.port.out;

import java.util.List;
import java.util.Optional;
import turgus.domain.discount.PromoCode;

/** Promo codes. How often one was used only grows, by {@link #countUse}. */
public interface PromoCodeRepository {
    Optional<PromoCode> find(String code);

    /** Every code, by name. */
    List<PromoCode> all();

    /** Stores a new code; a code of the same name is a conflict. */
    PromoCode add(PromoCode promoCode);

    /** Writes new terms of an existing code, leaving its use count alone; false if it is unknown. */
    boolean updateTerms(PromoCode promoCode);

    /** False if it is unknown. */
    boolean delete(String code);

    /**
     * Counts one more use in one conditional statement, unless the code is unknown or used up.
     *
     * @return whether the use was counted
     */
    boolean countUse(String code);
}
