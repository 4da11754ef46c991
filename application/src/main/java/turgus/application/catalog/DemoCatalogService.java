package turgus.application.catalog;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import turgus.application.catalog.port.in.SeedDemoCatalogUseCase;
import turgus.application.catalog.port.out.ProductImageStore;
import turgus.application.catalog.port.out.ProductRepository;
import turgus.domain.catalog.Price;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductDescription;
import turgus.domain.catalog.ProductName;
import turgus.domain.catalog.Sale;

/**
 * Fills an empty catalog with a small, believable assortment (coffee, tea, kitchen, books,
 * stationery, outdoor), so that a first start has something to browse, buy and run out of: a
 * couple of products are sold out and two are on sale. A catalog with any product is left alone.
 * Each product comes with its own picture: a small PNG drawn by {@code scripts/demo-pictures.py}
 * and shipped in this module, stored through the same picture store as an admin's upload.
 */
@Singleton
public final class DemoCatalogService implements SeedDemoCatalogUseCase {
    static final Duration SALE_LENGTH = Duration.ofDays(14);

    static final List<DemoProduct> PRODUCTS = List.of(
            // Coffee
            product(
                    "Ethiopia Yirgacheffe Coffee Beans, 250 g",
                    "Washed Arabica from the Gedeo zone. Bright acidity with notes of lemon, jasmine and black tea.",
                    "12.90",
                    48),
            product(
                    "Colombia Huila Coffee Beans, 1 kg",
                    "A balanced medium roast with caramel sweetness and a hint of red apple. Our everyday espresso.",
                    "34.50",
                    20),
            product(
                    "Decaf Swiss Water Coffee, 250 g",
                    "Decaffeinated with nothing but water. Chocolatey and smooth, for late evenings.",
                    "11.40",
                    0),
            productOnSale(
                    "Espresso Blend No. 7, 500 g",
                    "Brazilian and Indian beans roasted dark for a thick crema. Stands up well to milk.",
                    "18.90",
                    75,
                    20,
                    SALE_LENGTH),
            product(
                    "Cold Brew Coffee Bags, 10 Pack",
                    "Coarse-ground Guatemalan coffee in filter bags. Steep them overnight in the fridge for a mellow"
                            + " cold brew.",
                    "9.80",
                    60),
            // Tea
            product(
                    "Japanese Sencha, 100 g",
                    "Steamed green tea from Shizuoka with a grassy, sweet finish. Brew at 70 °C for one minute.",
                    "14.20",
                    35),
            product(
                    "Darjeeling First Flush, 100 g",
                    "Spring-picked black tea from the Himalayan foothills. Light and floral, best without milk.",
                    "16.75",
                    22),
            product(
                    "Earl Grey Loose Leaf, 200 g",
                    "Ceylon black tea scented with oil of bergamot. A classic for the afternoon.",
                    "9.95",
                    140),
            product(
                    "Chamomile Herbal Infusion, 50 g",
                    "Whole chamomile flowers from Egypt. Free of caffeine and calming before bed.",
                    "6.30",
                    90),
            product(
                    "Masala Chai Spice Blend, 150 g",
                    "Assam tea with cardamom, cinnamon, ginger and clove. Simmer it with milk and a little sugar.",
                    "8.60",
                    0),
            // Kitchen
            product(
                    "Ceramic Pour-Over Dripper",
                    "A cone dripper with spiral ribs for an even extraction. Fits size 02 paper filters.",
                    "24.00",
                    30),
            product(
                    "Gooseneck Kettle, 1 L",
                    "A stainless steel kettle with a thermometer in the lid. The slim spout gives full control when"
                            + " pouring.",
                    "42.90",
                    18),
            product(
                    "Hand-Cranked Burr Grinder",
                    "Conical steel burrs with 40 settings, from espresso to French press. Small enough to travel.",
                    "59.00",
                    12),
            product(
                    "French Press, 8 Cups",
                    "Borosilicate glass and a double mesh filter. Brews coffee or loose tea for four.",
                    "29.50",
                    44),
            product(
                    "Glass Teapot with Infuser, 900 ml",
                    "Heat-resistant glass, so that you can watch the leaves unfurl. The infuser lifts out when the tea"
                            + " is ready.",
                    "27.80",
                    25),
            productOnSale(
                    "Stoneware Mug Set of 4",
                    "Hand-glazed 350 ml mugs in four earthy colours. Safe in the dishwasher and the microwave.",
                    "36.00",
                    15,
                    15,
                    null),
            // Books
            product(
                    "The World Atlas of Coffee",
                    "From bean to cup: growing regions, processing and brewing, with maps and photographs."
                            + " Hardcover, 288 pages.",
                    "32.95",
                    9),
            product(
                    "The Tea Enthusiast's Handbook",
                    "A guide to the six families of tea and how to brew each of them well.",
                    "19.99",
                    14),
            product(
                    "Salt, Fat, Acid, Heat",
                    "The four elements of good cooking, explained with illustrations and recipes. It teaches you to"
                            + " cook without a recipe.",
                    "28.00",
                    11),
            product(
                    "A Field Guide to Mushrooms",
                    "Over 300 species with photographs and clear notes on their look-alikes. Sized for a jacket"
                            + " pocket.",
                    "17.45",
                    7),
            product(
                    "The Hiker's Almanac",
                    "Trails, weather lore and campfire cooking for every season. Paperback, 192 pages.",
                    "14.90",
                    26),
            // Stationery
            product(
                    "Dot Grid Notebook, A5",
                    "160 numbered pages of 100 g/m² paper that takes fountain pen ink without bleeding. The binding"
                            + " lies flat.",
                    "15.50",
                    120),
            product(
                    "Fountain Pen, Fine Nib",
                    "A steel nib in a translucent resin body, with a converter for bottled ink.",
                    "34.00",
                    40),
            product(
                    "Bottled Ink, Midnight Blue, 50 ml",
                    "A water-based ink that dries quickly and flows smoothly. Safe for every fountain pen.",
                    "12.60",
                    65),
            product(
                    "Mechanical Pencil, 0.5 mm",
                    "An all-metal body with a knurled grip and a retractable tip. Comes with a tube of HB leads.",
                    "11.25",
                    85),
            product(
                    "Undated Weekly Desk Planner",
                    "52 weekly spreads that start in any month, with room for goals and notes.",
                    "13.80",
                    55),
            product(
                    "Kraft Envelopes, Pack of 50",
                    "C6 envelopes of recycled brown paper with a peel-and-seal strip.",
                    "7.40",
                    200),
            // Outdoor
            product(
                    "Insulated Travel Mug, 470 ml",
                    "Double-walled steel keeps coffee hot for six hours. The lid locks, so it can ride in a backpack.",
                    "26.90",
                    70),
            product(
                    "Compact Camping Stove",
                    "A folding gas burner that boils a litre of water in about four minutes. It weighs 95 g.",
                    "39.00",
                    16),
            product(
                    "Enamel Camp Mug, 350 ml",
                    "Steel with a chip-resistant enamel coat. It can go straight onto the embers.",
                    "9.50",
                    130),
            product(
                    "Merino Hiking Socks",
                    "Cushioned soles and a breathable merino blend for long days on the trail. Sizes 39 to 42.",
                    "18.00",
                    95),
            product(
                    "Waterproof Picnic Blanket",
                    "Soft fleece on top and a waterproof backing below. Folds into a carry bag with a handle.",
                    "44.50",
                    21));

    /** The picture of each product of {@link #PRODUCTS}, in the same order (files in {@code demo/}). */
    static final List<String> PICTURES = List.of(
            "yirgacheffe",
            "huila",
            "decaf",
            "espresso-blend",
            "cold-brew",
            "sencha",
            "darjeeling",
            "earl-grey",
            "chamomile",
            "masala-chai",
            "pour-over",
            "gooseneck-kettle",
            "burr-grinder",
            "french-press",
            "glass-teapot",
            "mug-set",
            "atlas-of-coffee",
            "tea-handbook",
            "salt-fat-acid-heat",
            "mushrooms",
            "hikers-almanac",
            "dot-grid-notebook",
            "fountain-pen",
            "midnight-ink",
            "mechanical-pencil",
            "desk-planner",
            "kraft-envelopes",
            "travel-mug",
            "camping-stove",
            "enamel-mug",
            "merino-socks",
            "picnic-blanket");

    static {
        if (PICTURES.size() != PRODUCTS.size()) {
            throw new IllegalStateException("Every demo product needs its picture");
        }
    }

    private final ProductRepository products;
    private final ProductImageStore images;
    private final Clock clock;

    public DemoCatalogService(ProductRepository products, ProductImageStore images, Clock clock) {
        this.products = Objects.requireNonNull(products, "products");
        this.images = Objects.requireNonNull(images, "images");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int seedIfEmpty() {
        if (products.count() > 0) {
            return 0;
        }
        Instant now = clock.instant();
        for (int i = 0; i < PRODUCTS.size(); i++) {
            String picture = images.store(picture(PICTURES.get(i)));
            products.add(PRODUCTS.get(i).toProduct(now).withImage(picture, now));
        }
        return PRODUCTS.size();
    }

    /** The PNG of a demo picture, from this module's resources. */
    static byte[] picture(String name) {
        String path = "demo/" + name + ".png";
        try (InputStream in = DemoCatalogService.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The demo picture " + path + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static DemoProduct product(String name, String description, String price, int stock) {
        return new DemoProduct(name, description, price, stock, null, null);
    }

    /** A product on sale for {@code saleLength} from the moment it is seeded, or without end when null. */
    private static DemoProduct productOnSale(
            String name, String description, String price, int stock, int salePercent, Duration saleLength) {
        return new DemoProduct(name, description, price, stock, salePercent, saleLength);
    }

    /** One product of the demo catalog; a sale, if any, runs for {@code saleLength} or without end. */
    record DemoProduct(
            String name, String description, String price, int stock, Integer salePercent, Duration saleLength) {

        Product toProduct(Instant now) {
            Product product = Product.add(
                    new ProductName(name),
                    new ProductDescription(description),
                    Price.of("price", new BigDecimal(price)),
                    stock,
                    now);
            if (salePercent == null) {
                return product;
            }
            Instant end = saleLength == null ? null : now.plus(saleLength);
            return product.changeSale(Optional.of(new Sale(salePercent, end)), now);
        }
    }
}
