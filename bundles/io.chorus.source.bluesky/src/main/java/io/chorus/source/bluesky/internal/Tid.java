package io.chorus.source.bluesky.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Record keys for posts are TIDs (atproto.com/specs/tid): 13 base32-sortable characters of a 64-bit number, top bit
 * zero, then 53 bits of microseconds since 1970 and 10 bits of clock id. Deriving one from the idempotency key makes
 * a retried createRecord hit the record the first attempt made, instead of posting twice.
 */
final class Tid {

    private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
    /** Derived timestamps fall in the 2^46 µs (about 2.2 years) after this: always in the past, always valid. */
    private static final long BASE_MICROS = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse("2023-01-01T00:00:00Z"));

    private Tid() {
    }

    static String fromKey(String idempotencyKey) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        ByteBuffer bits = ByteBuffer.wrap(hash);
        long micros = BASE_MICROS + (bits.getLong() & ((1L << 46) - 1));
        long clockId = bits.getLong() & 0x3FF;
        return encode((micros << 10) | clockId);
    }

    static String encode(long tid) {
        char[] chars = new char[13];
        for (int i = 0; i < 13; i++) {
            chars[i] = ALPHABET.charAt((int) ((tid >>> (5 * (12 - i))) & 31));
        }
        return new String(chars);
    }

    /** Whether a string has TID syntax (the spec's regular expression). */
    static boolean isValid(String tid) {
        return tid.matches("[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}");
    }
}
