package turgus.application.discount;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import turgus.application.discount.port.in.ManagePromoCodesUseCase;
import turgus.application.discount.port.out.PromoCodeRepository;
import turgus.application.shared.NotFoundException;
import turgus.domain.discount.PromoCode;

/** Lists, creates, changes and deletes promo codes for the admins. */
@Singleton
public final class PromoCodeAdministrationService implements ManagePromoCodesUseCase {
    private final PromoCodeRepository promoCodes;

    public PromoCodeAdministrationService(PromoCodeRepository promoCodes) {
        this.promoCodes = Objects.requireNonNull(promoCodes, "promoCodes");
    }

    @Override
    public List<PromoCode> list() {
        return promoCodes.all();
    }

    @Override
    public PromoCode show(String code) {
        return existing(code);
    }

    @Override
    public PromoCode create(PromoCode promoCode) {
        return promoCodes.add(Objects.requireNonNull(promoCode, "promoCode"));
    }

    @Override
    public PromoCode update(String code, PromoCode terms) {
        PromoCode changed = existing(code).changeTerms(terms);
        if (!promoCodes.updateTerms(changed)) {
            throw notFound(changed.code());
        }
        return existing(changed.code());
    }

    @Override
    public void delete(String code) {
        String name = normalisedOrNotFound(code);
        if (!promoCodes.delete(name)) {
            throw notFound(name);
        }
    }

    private PromoCode existing(String code) {
        String name = normalisedOrNotFound(code);
        return promoCodes.find(name).orElseThrow(() -> notFound(name));
    }

    private static String normalisedOrNotFound(String code) {
        try {
            return PromoCode.normalise(code);
        } catch (RuntimeException e) {
            throw notFound(String.valueOf(code));
        }
    }

    private static NotFoundException notFound(String code) {
        return NotFoundException.of(NotFoundException.Resource.PROMO_CODE, code);
    }
}
