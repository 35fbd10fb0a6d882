package io.chorus.index.internal.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.chorus.api.mention.Engagement;
import io.chorus.api.mention.Mention;
import io.chorus.api.mention.MentionMatch;
import io.chorus.api.mention.StoredMention;

/**
 * The binary form of a stored mention, used both in journal records and in the index's stored blob. Compact and
 * versioned: the first byte of each mention is the format version, so later versions can still read old journals.
 */
final class MentionCodec {

    private static final int VERSION = 1;

    private MentionCodec() {
    }

    static byte[] encode(StoredMention mention) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, mention);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static StoredMention decode(byte[] bytes, int offset, int length) throws IOException {
        return read(new DataInputStream(new ByteArrayInputStream(bytes, offset, length)));
    }

    static void write(DataOutputStream out, StoredMention stored) throws IOException {
        Mention m = stored.mention();
        out.writeByte(VERSION);
        string(out, m.id());
        string(out, m.platform());
        string(out, m.url());
        string(out, m.author());
        out.writeLong(m.published() == null ? Long.MIN_VALUE : m.published().toEpochMilli());
        string(out, m.title());
        string(out, m.text());
        string(out, m.language());
        string(out, m.threadId());
        string(out, m.parentId());
        Engagement e = m.engagement();
        out.writeLong(e.followers());
        out.writeLong(e.likes());
        out.writeLong(e.comments());
        out.writeLong(e.shares());
        out.writeLong(e.views());
        string(out, stored.sourceId());
        out.writeLong(stored.collected().toEpochMilli());
        out.writeInt(stored.matches().size());
        for (MentionMatch match : stored.matches()) {
            string(out, match.brandId());
            string(out, match.ruleId());
            out.writeInt(match.matched().size());
            for (MentionMatch.MatchedText text : match.matched()) {
                string(out, text.field());
                out.writeInt(text.start());
                out.writeInt(text.end());
                string(out, text.text());
            }
        }
        string(out, stored.duplicateGroup());
        // Sorted, so equal labels encode to equal bytes.
        Map<String, String> labels = new TreeMap<>(stored.labels());
        out.writeInt(labels.size());
        for (Map.Entry<String, String> label : labels.entrySet()) {
            string(out, label.getKey());
            string(out, label.getValue());
        }
    }

    static StoredMention read(DataInputStream in) throws IOException {
        int version = in.readUnsignedByte();
        if (version != VERSION) {
            throw new IOException("unknown mention format version " + version);
        }
        String id = string(in);
        String platform = string(in);
        String url = string(in);
        String author = string(in);
        long published = in.readLong();
        String title = string(in);
        String text = string(in);
        String language = string(in);
        String threadId = string(in);
        String parentId = string(in);
        Engagement engagement = new Engagement(in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                in.readLong());
        Mention mention = new Mention(id, platform, url, author,
                published == Long.MIN_VALUE ? null : Instant.ofEpochMilli(published), title, text, language,
                threadId, parentId, engagement);
        String sourceId = string(in);
        Instant collected = Instant.ofEpochMilli(in.readLong());
        int matchCount = count(in);
        List<MentionMatch> matches = new ArrayList<>(matchCount);
        for (int i = 0; i < matchCount; i++) {
            String brand = string(in);
            String rule = string(in);
            int textCount = count(in);
            List<MentionMatch.MatchedText> texts = new ArrayList<>(textCount);
            for (int j = 0; j < textCount; j++) {
                texts.add(new MentionMatch.MatchedText(string(in), in.readInt(), in.readInt(), string(in)));
            }
            matches.add(new MentionMatch(brand, rule, texts));
        }
        String duplicateGroup = string(in);
        int labelCount = count(in);
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < labelCount; i++) {
            labels.put(string(in), string(in));
        }
        return new StoredMention(mention, sourceId, collected, matches, duplicateGroup, labels);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 1_000_000) {
            throw new IOException("implausible element count " + count);
        }
        return count;
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 << 20) {
            throw new IOException("implausible string length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
