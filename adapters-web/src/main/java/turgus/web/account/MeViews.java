package turgus.web.account;

import jakarta.inject.Singleton;
import turgus.application.loyalty.port.in.ShowLoyaltyQuery;
import turgus.domain.account.Account;

/** Builds the signed-in user's account view, with where they stand in the loyalty programme. */
@Singleton
public class MeViews {
    private final ShowLoyaltyQuery loyalty;

    public MeViews(ShowLoyaltyQuery loyalty) {
        this.loyalty = loyalty;
    }

    public MeView of(Account account) {
        return MeView.of(account, LoyaltyView.of(loyalty.statusOf(account.id())));
    }
}
