package turgus.application.shared;

/**
 * Where the shop is reached from outside ({@code SHOP_PUBLIC_URL}): the base of every link in a mail.
 * Asked for each link, since a shop started on a random port learns its address only once it runs.
 */
@FunctionalInterface
public interface ShopAddress {
    /** The base URL, such as {@code https://shop.example}; a trailing slash is ignored. */
    String baseUrl();
}
