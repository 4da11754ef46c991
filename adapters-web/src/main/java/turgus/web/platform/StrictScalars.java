package turgus.web.platform;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The decoder's own readers of plain values coerce: {@code true} becomes 1, {@code "7.5"} a number,
 * {@code [5]} the 5 inside, {@code 30.7} the id 30, and a number becomes text. These replace them
 * for every JSON body, so that a value is taken only in its own JSON type:
 *
 * <ul>
 *   <li>text ({@code String}): a JSON string;
 *   <li>decimals ({@code BigDecimal}): a JSON number, whole or not;
 *   <li>whole numbers and ids ({@code Integer}, {@code Long}): a JSON number written without a
 *       fraction or exponent ({@code 2}, not {@code 2.0} or {@code 2e0}) that fits the type;
 *   <li>{@code Boolean}: {@code true} or {@code false};
 *   <li>points in time ({@code Instant}): ISO-8601 text with an offset, never a number (which the
 *       decoder would take for seconds or milliseconds since 1970, whichever it guessed).
 * </ul>
 *
 * <p>{@code null} stays null, for optional fields. Anything else fails with the field's path, and
 * {@link WrongInput} answers it with the kind of value the field takes.
 *
 * <p>A JSON number is read through the decoder's tree value, where a fraction arrives as a
 * {@code double}: decimals are exact up to 15 significant digits, far beyond any amount in EUR
 * the shop accepts (which the domain limits to 2 decimals).
 */
public final class StrictScalars {
    private StrictScalars() {}

    private static IOException wrongType(Decoder decoder, JsonNode value) {
        return decoder.createDeserializationException("The value has the wrong type", value);
    }

    @Singleton
    @Primary
    public static final class Text implements Deserializer<String> {
        @Override
        public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
                throws IOException {
            JsonNode value = decoder.decodeNode();
            if (!value.isString()) {
                throw wrongType(decoder, value);
            }
            return value.getStringValue();
        }
    }

    @Singleton
    @Primary
    public static final class Decimal implements Deserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(Decoder decoder, DecoderContext context, Argument<? super BigDecimal> type)
                throws IOException {
            JsonNode value = decoder.decodeNode();
            if (!value.isNumber()) {
                throw wrongType(decoder, value);
            }
            Number number = value.getNumberValue();
            if (number instanceof BigDecimal decimal) {
                return decimal;
            }
            if (number instanceof BigInteger whole) {
                return new BigDecimal(whole);
            }
            if (number instanceof Double || number instanceof Float) {
                double fraction = number.doubleValue();
                if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
                    throw wrongType(decoder, value);
                }
                return number instanceof Float ? new BigDecimal(number.toString()) : BigDecimal.valueOf(fraction);
            }
            return BigDecimal.valueOf(number.longValue());
        }
    }

    /** The next value as a whole number that fits a signed type of {@code bits} bits. */
    private static BigInteger wholeOfAtMost(Decoder decoder, int bits) throws IOException {
        JsonNode value = decoder.decodeNode();
        BigInteger whole = whole(value);
        if (whole == null || whole.bitLength() >= bits) {
            throw wrongType(decoder, value);
        }
        return whole;
    }

    /** The whole number in {@code value} if it was written as one, else null. */
    private static BigInteger whole(JsonNode value) {
        if (!value.isNumber()) {
            return null;
        }
        Number number = value.getNumberValue();
        if (number instanceof BigInteger big) {
            return big;
        }
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return BigInteger.valueOf(number.longValue());
        }
        return null;
    }

    @Singleton
    @Primary
    public static final class WholeInt implements Deserializer<Integer> {
        @Override
        public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type)
                throws IOException {
            return wholeOfAtMost(decoder, Integer.SIZE).intValue();
        }
    }

    @Singleton
    @Primary
    public static final class WholeLong implements Deserializer<Long> {
        @Override
        public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type)
                throws IOException {
            return wholeOfAtMost(decoder, Long.SIZE).longValue();
        }
    }

    @Singleton
    @Primary
    public static final class PointInTime implements Deserializer<Instant> {
        @Override
        public Instant deserialize(Decoder decoder, DecoderContext context, Argument<? super Instant> type)
                throws IOException {
            JsonNode value = decoder.decodeNode();
            if (!value.isString()) {
                throw wrongType(decoder, value);
            }
            try {
                return OffsetDateTime.parse(value.getStringValue()).toInstant();
            } catch (DateTimeParseException notIso) {
                throw wrongType(decoder, value);
            }
        }
    }

    @Singleton
    @Primary
    public static final class TrueOrFalse implements Deserializer<Boolean> {
        @Override
        public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
                throws IOException {
            JsonNode value = decoder.decodeNode();
            if (!value.isBoolean()) {
                throw wrongType(decoder, value);
            }
            return value.getBooleanValue();
        }
    }
}
