package turgus.application.cart;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import turgus.application.cart.port.in.AddToCartCommand;
import turgus.application.cart.port.in.ChangeCartUseCase;
import turgus.application.cart.port.in.ShowCartQuery;
import turgus.application.cart.port.out.CartRepository;
import turgus.application.catalog.port.out.ProductRepository;
import turgus.application.discount.port.out.PromoCodeRepository;
import turgus.application.shared.NotFoundException;
import turgus.application.shared.Transactions;
import turgus.domain.account.UserId;
import turgus.domain.cart.Cart;
import turgus.domain.cart.CartLine;
import turgus.domain.cart.PricedCart;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;
import turgus.domain.discount.PromoCode;
import turgus.domain.discount.PromoCodeCheck;

/**
 * A customer's saved cart. Every change locks the stored cart, applies the domain's rule and writes
 * it back in one transaction, so that two devices changing one cart never lose a change.
 */
@Singleton
public final class CartService implements ShowCartQuery, ChangeCartUseCase {
    private final CartRepository carts;
    private final ProductRepository products;
    private final PromoCodeRepository promoCodes;
    private final CartPricer pricer;
    private final Transactions transactions;
    private final Clock clock;

    public CartService(
            CartRepository carts,
            ProductRepository products,
            PromoCodeRepository promoCodes,
            CartPricer pricer,
            Transactions transactions,
            Clock clock) {
        this.carts = Objects.requireNonNull(carts, "carts");
        this.products = Objects.requireNonNull(products, "products");
        this.promoCodes = Objects.requireNonNull(promoCodes, "promoCodes");
        this.pricer = Objects.requireNonNull(pricer, "pricer");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PricedCart show(UserId customer) {
        return pricer.price(carts.find(customer), clock.instant());
    }

    @Override
    public PricedCart add(AddToCartCommand command) {
        return change(command.customer(), cart -> {
            for (CartLine line : command.lines()) {
                activeProduct(line.productId());
            }
            cart.addAll(command.lines());
            for (CartLine line : command.lines()) {
                cart.checkStock(activeProduct(line.productId()));
            }
        });
    }

    @Override
    public PricedCart changeQuantity(UserId customer, ProductId productId, int quantity) {
        return change(customer, cart -> {
            requireLine(cart, productId);
            cart.changeQuantity(productId, quantity);
            if (quantity > 0) {
                cart.checkStock(activeProduct(productId));
            }
        });
    }

    @Override
    public PricedCart remove(UserId customer, ProductId productId) {
        return change(customer, cart -> {
            requireLine(cart, productId);
            cart.remove(productId);
        });
    }

    @Override
    public void clear(UserId customer) {
        change(customer, Cart::clear);
    }

    @Override
    public PricedCart applyPromoCode(UserId customer, String code) {
        String name = PromoCode.normalise(code);
        return change(customer, cart -> {
            PromoCode promo = promoCodes.find(name).orElse(null);
            if (promo == null) {
                PromoCodeCheck.unknown(name).throwIfNotApplicable();
            }
            cart.applyPromoCode(name);
            PricedCart priced = pricer.price(cart, clock.instant());
            priced.promoCodeCheck().ifPresent(PromoCodeCheck::throwIfNotApplicable);
        });
    }

    @Override
    public PricedCart removePromoCode(UserId customer) {
        return change(customer, Cart::removePromoCode);
    }

    private PricedCart change(UserId customer, Consumer<Cart> change) {
        carts.open(customer);
        Cart changed = transactions.inTransaction(() -> {
            Cart cart = carts.lock(customer);
            change.accept(cart);
            carts.save(cart);
            return cart;
        });
        return pricer.price(changed, clock.instant());
    }

    private Product activeProduct(ProductId id) {
        return products.findById(id)
                .filter(Product::isActive)
                .orElseThrow(() -> NotFoundException.of(NotFoundException.Resource.PRODUCT, id.value()));
    }

    private static void requireLine(Cart cart, ProductId productId) {
        if (!cart.contains(productId)) {
            throw NotFoundException.notInCart(productId.value());
        }
    }
}
