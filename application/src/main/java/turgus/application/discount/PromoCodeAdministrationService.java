package turgus.application.discount;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.audit.port.out.EventDetails;
import turgus.application.discount.port.in.ManagePromoCodesUseCase;
import turgus.application.discount.port.out.PromoCodeRepository;
import turgus.application.shared.NotFoundException;
import turgus.application.shared.Transactions;
import turgus.domain.account.UserId;
import turgus.domain.discount.PromoCode;

/**
 * Lists, creates, changes and deletes promo codes for the admins; each change is written to the event
 * log in its transaction (an update with the terms before and after).
 */
@Singleton
public final class PromoCodeAdministrationService implements ManagePromoCodesUseCase {
    private final PromoCodeRepository promoCodes;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public PromoCodeAdministrationService(
            PromoCodeRepository promoCodes, AuditLog audit, Transactions transactions, Clock clock) {
        this.promoCodes = Objects.requireNonNull(promoCodes, "promoCodes");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
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
    public PromoCode create(PromoCode promoCode, UserId admin) {
        Objects.requireNonNull(promoCode, "promoCode");
        return transactions.inTransaction(() -> {
            PromoCode added = promoCodes.add(promoCode);
            record(AuditEventType.PROMO_CODE_CREATED, admin, terms(EventDetails.of("code", added.code()), added));
            return added;
        });
    }

    @Override
    public PromoCode update(String code, PromoCode terms, UserId admin) {
        return transactions.inTransaction(() -> {
            PromoCode before = existing(code);
            PromoCode changed = before.changeTerms(terms);
            if (!promoCodes.updateTerms(changed)) {
                throw notFound(changed.code());
            }
            PromoCode after = existing(changed.code());
            record(
                    AuditEventType.PROMO_CODE_UPDATED,
                    admin,
                    EventDetails.of("code", after.code())
                            .change(
                                    "value",
                                    before.value().describe(),
                                    after.value().describe())
                            .change("minOrderTotal", before.minOrderTotal(), after.minOrderTotal())
                            .change("validFrom", before.validFrom(), after.validFrom())
                            .change("validUntil", before.validUntil(), after.validUntil())
                            .change("maxUses", before.maxUses(), after.maxUses()));
            return after;
        });
    }

    @Override
    public void delete(String code, UserId admin) {
        String name = normalisedOrNotFound(code);
        transactions.run(() -> {
            PromoCode before = promoCodes.find(name).orElseThrow(() -> notFound(name));
            if (!promoCodes.delete(name)) {
                throw notFound(name);
            }
            record(
                    AuditEventType.PROMO_CODE_DELETED,
                    admin,
                    terms(EventDetails.of("code", name), before).and("timesUsed", before.timesUsed()));
        });
    }

    private static EventDetails terms(EventDetails details, PromoCode promoCode) {
        return details.and("value", promoCode.value().describe())
                .and("minOrderTotal", promoCode.minOrderTotal())
                .and("validFrom", promoCode.validFrom())
                .and("validUntil", promoCode.validUntil())
                .and("maxUses", promoCode.maxUses());
    }

    private void record(AuditEventType type, UserId admin, EventDetails details) {
        audit.record(new AuditEvent(
                clock.instant(), type, Objects.requireNonNull(admin, "admin"), null, null, details.toString()));
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
