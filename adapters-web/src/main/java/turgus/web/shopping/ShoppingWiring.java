package turgus.web.shopping;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import turgus.application.account.port.out.AccountRepository;
import turgus.application.cart.CartPricer;
import turgus.application.cart.CartService;
import turgus.application.cart.port.in.ChangeCartUseCase;
import turgus.application.cart.port.in.ShowCartQuery;
import turgus.application.cart.port.out.CartRepository;
import turgus.application.catalog.port.out.ProductRepository;
import turgus.application.catalog.port.out.StockLedger;
import turgus.application.discount.PromoCodeAdministrationService;
import turgus.application.discount.port.in.ManagePromoCodesUseCase;
import turgus.application.discount.port.out.PromoCodeRepository;
import turgus.application.idempotency.Idempotency;
import turgus.application.idempotency.port.in.PurgeIdempotencyKeysUseCase;
import turgus.application.idempotency.port.out.IdempotencyStore;
import turgus.application.ledger.BalanceService;
import turgus.application.ledger.port.in.AdjustBalanceUseCase;
import turgus.application.ledger.port.in.BrowseLedgerQuery;
import turgus.application.ledger.port.in.ShowBalanceQuery;
import turgus.application.ledger.port.in.TopUpBalanceUseCase;
import turgus.application.ledger.port.out.WalletRepository;
import turgus.application.loyalty.LoyaltyService;
import turgus.application.loyalty.port.in.ManageDiscountsUseCase;
import turgus.application.loyalty.port.in.ShowLoyaltyQuery;
import turgus.application.loyalty.port.out.LoyaltySettingsRepository;
import turgus.application.order.CheckoutService;
import turgus.application.order.OrderQueryService;
import turgus.application.order.RefundService;
import turgus.application.order.port.in.BrowseAllOrdersQuery;
import turgus.application.order.port.in.BrowseOrdersQuery;
import turgus.application.order.port.in.CheckoutUseCase;
import turgus.application.order.port.in.RefundOrderUseCase;
import turgus.application.order.port.in.ShowOrderQuery;
import turgus.application.order.port.out.OrderRepository;
import turgus.application.shared.Transactions;

/** The shopping use cases (balance, cart, checkout, orders, discounts), each seen only through its ports. */
@Factory
public class ShoppingWiring {

    /** One idempotency rule for top-ups and checkouts; its keys live in the database. */
    @Singleton
    @Bean(typed = {Idempotency.class, PurgeIdempotencyKeysUseCase.class})
    public Idempotency idempotency(IdempotencyStore store, Clock clock) {
        return new Idempotency(store, clock);
    }

    @Singleton
    @Bean(
            typed = {
                ShowBalanceQuery.class,
                BrowseLedgerQuery.class,
                TopUpBalanceUseCase.class,
                AdjustBalanceUseCase.class
            })
    public BalanceService balances(
            WalletRepository wallets,
            AccountRepository accounts,
            Idempotency idempotency,
            Transactions transactions,
            Clock clock) {
        return new BalanceService(wallets, accounts, idempotency, transactions, clock);
    }

    @Singleton
    @Bean(typed = {ShowLoyaltyQuery.class, ManageDiscountsUseCase.class})
    public LoyaltyService loyalty(LoyaltySettingsRepository settings, OrderRepository orders) {
        return new LoyaltyService(settings, orders);
    }

    @Singleton
    @Bean(typed = CartPricer.class)
    public CartPricer cartPricer(ProductRepository products, PromoCodeRepository promoCodes, ShowLoyaltyQuery loyalty) {
        return new CartPricer(products, promoCodes, loyalty);
    }

    @Singleton
    @Bean(typed = {ShowCartQuery.class, ChangeCartUseCase.class})
    public CartService carts(
            CartRepository carts,
            ProductRepository products,
            PromoCodeRepository promoCodes,
            CartPricer pricer,
            Transactions transactions,
            Clock clock) {
        return new CartService(carts, products, promoCodes, pricer, transactions, clock);
    }

    @Singleton
    @Bean(typed = CheckoutUseCase.class)
    public CheckoutService checkout(
            WalletRepository wallets,
            CartRepository carts,
            CartPricer pricer,
            ProductRepository products,
            StockLedger stock,
            PromoCodeRepository promoCodes,
            OrderRepository orders,
            AccountRepository accounts,
            Idempotency idempotency,
            Transactions transactions,
            Clock clock) {
        return new CheckoutService(
                wallets,
                carts,
                pricer,
                products,
                stock,
                promoCodes,
                orders,
                accounts,
                idempotency,
                transactions,
                clock);
    }

    @Singleton
    @Bean(typed = {BrowseOrdersQuery.class, ShowOrderQuery.class, BrowseAllOrdersQuery.class})
    public OrderQueryService orderQueries(OrderRepository orders) {
        return new OrderQueryService(orders);
    }

    @Singleton
    @Bean(typed = RefundOrderUseCase.class)
    public RefundService refunds(
            OrderRepository orders,
            WalletRepository wallets,
            StockLedger stock,
            Transactions transactions,
            Clock clock) {
        return new RefundService(orders, wallets, stock, transactions, clock);
    }

    @Singleton
    @Bean(typed = ManagePromoCodesUseCase.class)
    public PromoCodeAdministrationService promoCodes(PromoCodeRepository promoCodes) {
        return new PromoCodeAdministrationService(promoCodes);
    }
}
