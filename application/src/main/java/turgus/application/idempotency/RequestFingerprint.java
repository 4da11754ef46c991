package turgus.application.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a request asked for, as the SHA-256 (64 hex digits) of its canonical form: the operation and
 * its normalised input (for a top-up, {@code "top-up:12.50"}), so that equal requests written
 * differently ({@code 12.5} and {@code 12.50}) are the same request.
 */
public record RequestFingerprint(String sha256) {
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public RequestFingerprint {
        Objects.requireNonNull(sha256, "sha256");
        if (!SHA_256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("A fingerprint is 64 lower-case hex digits: " + sha256);
        }
    }

    public static RequestFingerprint of(String canonicalRequest) {
        Objects.requireNonNull(canonicalRequest, "canonicalRequest");
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(canonicalRequest.getBytes(StandardCharsets.UTF_8));
            return new RequestFingerprint(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
