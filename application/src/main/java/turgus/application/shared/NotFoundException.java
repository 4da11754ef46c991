package turgus.application.shared;

import java.util.Locale;
import java.util.Map;
import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/**
 * What was asked for does not exist, or is not the caller's to see. Its details name the kind of
 * thing ({@code resource}: {@code PRODUCT}, {@code ORDER} …) and, where the caller named one, its
 * {@code id}.
 */
public class NotFoundException extends Refusal {
    /** The kinds of things that can be missing. */
    public enum Resource {
        PRODUCT("Product"),
        ORDER("Order"),
        USER("User"),
        ACCOUNT("Account"),
        SESSION("Session"),
        PICTURE("Picture"),
        PROMO_CODE("Promo code"),
        TEST_MAIL("Test mail"),
        BACKUP("Backup");

        private final String label;

        Resource(String label) {
            this.label = label;
        }
    }

    private NotFoundException(RefusalReason reason, Map<String, Object> details, String message) {
        super(reason, details, message);
    }

    private NotFoundException(Resource resource, Object id, String message) {
        this(
                RefusalReason.NOT_FOUND,
                id == null ? details("resource", resource.name()) : details("resource", resource.name(), "id", id),
                message);
    }

    /** A change to a cart line that the cart does not have ({@code NOT_IN_CART}). */
    public static NotFoundException notInCart(long productId) {
        return new NotFoundException(
                RefusalReason.NOT_IN_CART, details("productId", productId), "This product is not in the cart");
    }

    /** The {@code resource} with this {@code id} was not found (for logs: "Product 7 was not found"). */
    public static NotFoundException of(Resource resource, Object id) {
        return new NotFoundException(resource, id, resource.label + " " + id + " was not found");
    }

    /** The caller's own {@code resource} was not found (for logs: "The account was not found"). */
    public static NotFoundException of(Resource resource) {
        return new NotFoundException(
                resource, null, "The " + resource.label.toLowerCase(Locale.ROOT) + " was not found");
    }
}
