package turgus.application.discount.port.in;

import java.util.List;
import turgus.domain.account.UserId;
import turgus.domain.discount.PromoCode;

/**
 * The admins' promo codes; each change names the admin who makes it, for the event log. Unknown codes are not found; a second code of one name is a conflict. */
public interface ManagePromoCodesUseCase {
    List<PromoCode> list();

    PromoCode show(String code);

    /** Stores a code defined with {@link PromoCode#define}. */
    PromoCode create(PromoCode promoCode, UserId admin);

    /** Gives a code the terms of {@code terms} (its name and use count stay). */
    PromoCode update(String code, PromoCode terms, UserId admin);

    void delete(String code, UserId admin);
}
