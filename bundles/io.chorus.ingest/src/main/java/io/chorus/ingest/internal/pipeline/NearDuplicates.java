package io.chorus.ingest.internal.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Groups mentions whose texts are nearly the same: reposts ("RT @x: ..."), copies with a link or emoji added, the
 * same text on two platforms. Each text gets a 64-bit SimHash over its word shingles; fingerprints that differ in few
 * bits are near duplicates. A banded index finds candidates without comparing against every fingerprint: split into
 * {@link #BANDS} bands, two fingerprints within {@link #MAX_DISTANCE} bits agree on at least one band. The index keeps
 * the most recent {@code capacity} texts (reposts come within days) and forgets the oldest.
 */
public final class NearDuplicates {

    static final int BANDS = 6;
    static final int MAX_DISTANCE = BANDS - 1;
    /** Few shingles make SimHash coarse: short texts must be closer to count as the same. */
    static final int SHORT_TEXT_DISTANCE = 2;
    static final int SHORT_TEXT_FEATURES = 8;
    /**
     * A band value shared by this many texts is a flood of one text (a bot, a viral repost): its group is known, so
     * more entries would only make every lookup slower.
     */
    static final int MAX_BUCKET = 64;
    /** Texts shorter than this ("ok", "lol") are the same by chance, not by copying. */
    static final int MIN_CHARACTERS = 20;

    private static final Pattern REPOST = Pattern.compile("^(rt|via|repost|reposted|retweet)\\b\\s*(@[\\p{L}\\p{N}_.]+)?\\s*:?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NOISE = Pattern.compile(
            "https?://\\S+|www\\.\\S+|@[\\p{L}\\p{N}_.]+|\\b(rt|via)\\b", Pattern.CASE_INSENSITIVE);
    private static final int[] BAND_BITS = bandBits();

    private final int capacity;
    private final long[] fingerprints;
    private final long[] exact;
    private final boolean[] coarse;
    private final String[] groups;
    private final Map<Long, List<Integer>> bands = new HashMap<>();
    private final Map<Long, Integer> exactTexts = new HashMap<>();
    private int next;
    private int size;

    public NearDuplicates(int capacity) {
        this.capacity = capacity;
        fingerprints = new long[capacity];
        exact = new long[capacity];
        coarse = new boolean[capacity];
        groups = new String[capacity];
    }

    /** A text reduced to what a copy keeps: no repost prefix, links, handles, emoji, punctuation or case. */
    record Fingerprint(long simHash, long exactHash, int features, boolean usable) {
    }

    /**
     * The group of a new text: the group of the nearest earlier text, or {@code key} when there is none. The text is
     * remembered for later ones.
     */
    public synchronized String assign(String key, String title, String text) {
        Fingerprint print = fingerprint(text.isBlank() ? title : text);
        if (!print.usable()) {
            return key;
        }
        String group = find(print);
        remember(print, group == null ? key : group);
        return group == null ? key : group;
    }

    /** Remembers an earlier text with the group it was stored under (after a restart). */
    public synchronized void seed(String group, String title, String text) {
        Fingerprint print = fingerprint(text.isBlank() ? title : text);
        if (print.usable()) {
            remember(print, group);
        }
    }

    public synchronized int size() {
        return size;
    }

    private String find(Fingerprint print) {
        Integer same = exactTexts.get(print.exactHash());
        if (same != null) {
            return groups[same];
        }
        int allowed = print.features() < SHORT_TEXT_FEATURES ? SHORT_TEXT_DISTANCE : MAX_DISTANCE;
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int band = 0; band < BANDS; band++) {
            List<Integer> slots = bands.get(bandKey(band, print.simHash()));
            if (slots == null) {
                continue;
            }
            for (int slot : slots) {
                int limit = coarse[slot] ? Math.min(allowed, SHORT_TEXT_DISTANCE) : allowed;
                int distance = Long.bitCount(fingerprints[slot] ^ print.simHash());
                if (distance <= limit && distance < bestDistance) {
                    best = slot;
                    bestDistance = distance;
                }
            }
        }
        return best < 0 ? null : groups[best];
    }

    private void remember(Fingerprint print, String group) {
        int slot = next;
        if (size == capacity) {
            forget(slot);
        } else {
            size++;
        }
        next = (next + 1) % capacity;
        fingerprints[slot] = print.simHash();
        exact[slot] = print.exactHash();
        coarse[slot] = print.features() < SHORT_TEXT_FEATURES;
        groups[slot] = group;
        exactTexts.put(print.exactHash(), slot);
        for (int band = 0; band < BANDS; band++) {
            List<Integer> slots = bands.computeIfAbsent(bandKey(band, print.simHash()), k -> new ArrayList<>(2));
            if (slots.size() < MAX_BUCKET) {
                slots.add(slot);
            }
        }
    }

    private void forget(int slot) {
        exactTexts.remove(exact[slot], slot);
        for (int band = 0; band < BANDS; band++) {
            long bandKey = bandKey(band, fingerprints[slot]);
            List<Integer> slots = bands.get(bandKey);
            if (slots != null) {
                slots.remove(Integer.valueOf(slot));
                if (slots.isEmpty()) {
                    bands.remove(bandKey);
                }
            }
        }
    }

    static Fingerprint fingerprint(String text) {
        String stripped = NOISE.matcher(REPOST.matcher(text.strip()).replaceFirst(" ")).replaceAll(" ");
        List<String> tokens = tokens(stripped);
        int characters = 0;
        for (String token : tokens) {
            characters += token.length();
        }
        if (characters < MIN_CHARACTERS || tokens.size() < 3) {
            return new Fingerprint(0, 0, 0, false);
        }
        List<String> features = new ArrayList<>(tokens.size());
        if (tokens.size() < 5) {
            features.addAll(tokens);
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            features.add(tokens.get(i) + ' ' + tokens.get(i + 1));
        }
        int[] votes = new int[64];
        for (String feature : features) {
            long hash = hash(feature);
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((hash >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long simHash = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                simHash |= 1L << bit;
            }
        }
        return new Fingerprint(simHash, hash(String.join(" ", tokens)), features.size(), true);
    }

    /** Words in lower case; runs of Han, kana or Thai, written without spaces, become character pairs. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean wordChar = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                addWord(lower.substring(start, i), tokens);
                start = -1;
            }
        }
        return tokens;
    }

    private static void addWord(String word, List<String> tokens) {
        int cp = word.codePointAt(0);
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        boolean unspaced = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
        if (!unspaced || word.length() < 3) {
            tokens.add(word);
            return;
        }
        for (int i = 0; i + 1 < word.length(); i++) {
            tokens.add(word.substring(i, i + 2));
        }
    }

    /** FNV-1a, then the murmur3 finaliser to spread the bits. */
    static long hash(String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            h ^= value.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static long bandKey(int band, long simHash) {
        int from = BAND_BITS[band];
        int to = BAND_BITS[band + 1];
        long value = (simHash >>> from) & ((1L << (to - from)) - 1);
        return ((long) band << 56) | value;
    }

    private static int[] bandBits() {
        int[] bits = new int[BANDS + 1];
        for (int band = 1; band <= BANDS; band++) {
            bits[band] = bits[band - 1] + 64 / BANDS + (band <= 64 % BANDS ? 1 : 0);
        }
        return bits;
    }
}
