package turgus.application.testing

import turgus.application.discount.port.out.PromoCodeRepository
import turgus.application.shared.ConflictException
import turgus.domain.discount.PromoCode

/** Promo codes in a map, for specs of the use cases. */
class InMemoryPromoCodeRepository implements PromoCodeRepository {
    final Map<String, PromoCode> codes = new TreeMap<>()

    @Override
    synchronized Optional<PromoCode> find(String code) {
        Optional.ofNullable(codes[code])
    }

    @Override
    synchronized List<PromoCode> all() {
        codes.values().toList()
    }

    @Override
    synchronized PromoCode add(PromoCode promoCode) {
        if (codes.containsKey(promoCode.code())) {
            throw new ConflictException('taken')
        }
        codes[promoCode.code()] = promoCode
    }

    @Override
    synchronized boolean updateTerms(PromoCode promoCode) {
        PromoCode current = codes[promoCode.code()]
        if (current == null) {
            return false
        }
        codes[promoCode.code()] = current.changeTerms(promoCode)
        true
    }

    @Override
    synchronized boolean delete(String code) {
        codes.remove(code) != null
    }

    @Override
    synchronized boolean countUse(String code) {
        PromoCode current = codes[code]
        if (current == null || current.isUsedUp()) {
            return false
        }
        codes[code] = current.used()
        true
    }
}
