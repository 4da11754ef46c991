package turgus.domain.cart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;
import turgus.domain.discount.DiscountCalculator;
import turgus.domain.discount.DiscountContext;
import turgus.domain.discount.DiscountResult;
import turgus.domain.discount.DiscountRule;
import turgus.domain.discount.LoyaltyDiscount;
import turgus.domain.discount.PromoCode;
import turgus.domain.discount.PromoCodeCheck;
import turgus.domain.discount.PromoCodeDiscount;
import turgus.domain.shared.Money;

/**
 * Prices a cart against the catalog as it is at one moment: sales go into the lines' unit prices, then
 * the customer's loyalty discount and the cart's promo code compete on the subtotal as {@link
 * DiscountCalculator} decides (loyalty offered first, so that a tie keeps the code unused).
 */
public final class CartPricing {
    private final DiscountCalculator calculator;

    public CartPricing(DiscountCalculator calculator) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    public CartPricing() {
        this(new DiscountCalculator());
    }

    /**
     * The cart priced at {@code now}.
     *
     * @param catalog the current state of every product in the cart, withdrawn ones too
     * @param discounts the customer's loyalty and the promo code the cart names, if it exists
     */
    public PricedCart price(Cart cart, Map<ProductId, Product> catalog, DiscountContext discounts, Instant now) {
        Objects.requireNonNull(cart, "cart");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(discounts, "discounts");
        Objects.requireNonNull(now, "now");
        List<PricedLine> lines = new ArrayList<>();
        for (CartLine line : cart.lines()) {
            Product product = catalog.get(line.productId());
            if (product == null) {
                throw new IllegalArgumentException(
                        "The catalog lacks product " + line.productId().value());
            }
            lines.add(priceLine(line, product, now));
        }
        Money subtotal = lines.stream()
                .filter(PricedLine::available)
                .map(PricedLine::lineTotal)
                .reduce(Money.ZERO, Money::plus);
        Optional<PromoCode> promo = cart.promoCode()
                .flatMap(code -> discounts.promoCode().filter(p -> p.code().equals(code)));
        List<DiscountRule> rules = new ArrayList<>();
        rules.add(new LoyaltyDiscount(discounts.loyalty()));
        promo.ifPresent(p -> rules.add(new PromoCodeDiscount(p)));
        DiscountResult pricing = calculator.calculate(subtotal, rules, now);
        Optional<PromoCodeCheck> promoCheck = cart.promoCode()
                .map(code ->
                        promo.map(p -> p.checkApplicable(subtotal, now)).orElseGet(() -> PromoCodeCheck.unknown(code)));
        return new PricedCart(cart.owner(), lines, pricing, promoCheck);
    }

    private static PricedLine priceLine(CartLine line, Product product, Instant now) {
        int quantity = line.quantity().value();
        Money unitPrice = product.unitPriceAt(now);
        return new PricedLine(
                line.productId(),
                product.name().value(),
                product.price(),
                unitPrice,
                product.currentSale(now).map(sale -> sale.percent()).orElse(0),
                quantity,
                unitPrice.times(quantity),
                LineAvailability.of(product, quantity),
                product.isActive() ? product.stock() : 0);
    }
}
