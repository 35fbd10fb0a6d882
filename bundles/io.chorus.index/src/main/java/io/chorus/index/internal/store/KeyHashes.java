package io.chorus.index.internal.store;

import java.nio.charset.StandardCharsets;

/**
 * The 64-bit hashes of every stored key, in an open-addressing table: 8 to 16 bytes a mention instead of the ~100 a
 * set of strings costs, so ten million keys fit in ~160 MB. A miss proves a key is new; a hit is confirmed exactly
 * against the index, since two keys may share a hash.
 */
final class KeyHashes {

    private long[] table = new long[1 << 16];
    private int size;

    static long hash(String key) {
        // FNV-1a over UTF-8, then the SplitMix64 finaliser to spread the bits.
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }

    synchronized boolean mightContain(long hash) {
        int mask = table.length - 1;
        for (int i = (int) hash & mask; ; i = (i + 1) & mask) {
            long value = table[i];
            if (value == 0) {
                return false;
            }
            if (value == hash) {
                return true;
            }
        }
    }

    /** Adds the hash; false when it was there already. */
    synchronized boolean add(long hash) {
        if (size * 3L >= table.length * 2L) {
            grow();
        }
        int mask = table.length - 1;
        for (int i = (int) hash & mask; ; i = (i + 1) & mask) {
            long value = table[i];
            if (value == hash) {
                return false;
            }
            if (value == 0) {
                table[i] = hash;
                size++;
                return true;
            }
        }
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long value : old) {
            if (value != 0) {
                int i = (int) value & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = value;
            }
        }
    }
}
