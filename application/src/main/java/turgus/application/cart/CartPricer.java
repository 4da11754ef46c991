package turgus.application.cart;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import turgus.application.catalog.port.out.ProductRepository;
import turgus.application.discount.port.out.PromoCodeRepository;
import turgus.application.loyalty.port.in.ShowLoyaltyQuery;
import turgus.domain.cart.Cart;
import turgus.domain.cart.CartPricing;
import turgus.domain.cart.PricedCart;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;
import turgus.domain.discount.DiscountContext;
import turgus.domain.discount.PromoCode;

/**
 * Gathers what {@link CartPricing} needs for a cart: the current state of its products, the owner's
 * loyalty status and the promo code the cart names, and prices it. Shared by the cart and checkout.
 */
@Singleton
public final class CartPricer {
    private final ProductRepository products;
    private final PromoCodeRepository promoCodes;
    private final ShowLoyaltyQuery loyalty;
    private final CartPricing pricing;

    public CartPricer(ProductRepository products, PromoCodeRepository promoCodes, ShowLoyaltyQuery loyalty) {
        this.products = Objects.requireNonNull(products, "products");
        this.promoCodes = Objects.requireNonNull(promoCodes, "promoCodes");
        this.loyalty = Objects.requireNonNull(loyalty, "loyalty");
        this.pricing = new CartPricing();
    }

    public PricedCart price(Cart cart, Instant now) {
        Map<ProductId, Product> catalog = new HashMap<>();
        for (Product product : products.findAllById(cart.productIds())) {
            catalog.put(product.requireId(), product);
        }
        for (ProductId id : cart.productIds()) {
            if (!catalog.containsKey(id)) {
                throw new IllegalStateException("A cart line names product " + id.value());
            }
        }
        Optional<PromoCode> promo = cart.promoCode().flatMap(promoCodes::find);
        DiscountContext discounts = new DiscountContext(loyalty.statusOf(cart.owner()), promo);
        return pricing.price(cart, catalog, discounts, now);
    }
}
