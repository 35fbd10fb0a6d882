package io.chorus.source.rss.internal.feed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;

/**
 * Turns the bytes of a feed into XML text a strict parser accepts: finds the encoding (byte order mark, HTTP charset,
 * XML declaration, UTF-8, windows-1252, in that order, skipping any that cannot decode the bytes), then repairs what
 * real-world feeds commonly get wrong without touching the structure: HTML entities such as {@code &nbsp;}, bare
 * ampersands and control characters XML forbids.
 */
public final class FeedText {

    /** The XML declaration, also where comments wrongly come before it (some CMSs write one first). */
    private static final Pattern DECLARATION = Pattern.compile("^(\\s*(?:<!--.*?-->\\s*)*)<\\?xml\\s[^>]*?\\?>",
            Pattern.DOTALL);
    private static final Pattern DECLARED_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");
    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)");
    private static final Pattern ENTITY_DECL = Pattern.compile("<!ENTITY\\s+(%\\s+)?([^\\s>]+)");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

    /**
     * @param text     the XML to parse, without its declaration
     * @param encoding the charset the bytes were decoded with
     * @param repaired whether anything had to be repaired (an encoding fallback, entities, characters)
     */
    public record Decoded(String text, Charset encoding, boolean repaired) {
    }

    private FeedText() {
    }

    /**
     * @param body        the bytes as received
     * @param contentType the HTTP Content-Type, or null
     */
    public static Decoded decode(byte[] body, String contentType) {
        Charset bom = bomCharset(body);
        int skip = bom == null ? 0 : bomLength(body, bom);
        Set<Charset> candidates = new LinkedHashSet<>();
        if (bom != null) {
            candidates.add(bom);
        }
        Charset http = charsetNamed(httpCharset(contentType));
        // RFC 3023: text/* without a (known) charset is US-ASCII; anything beyond ASCII falls back below.
        if (http == null && contentType != null && contentType.strip().toLowerCase(Locale.ROOT).startsWith("text/")) {
            http = StandardCharsets.US_ASCII;
        }
        Charset sniffed = bom == null ? sniffUtf16or32(body) : null;
        Charset declared = charsetNamed(declaredEncoding(body, bom != null ? bom : sniffed));
        // A page declared as a Latin charset that is valid multi-byte UTF-8 was written as UTF-8: a common mistake.
        if (http == null && bom == null && declared != null && isLatin(declared) && looksLikeUtf8(body)) {
            declared = StandardCharsets.UTF_8;
        }
        if (http != null) {
            candidates.add(http);
        }
        if (sniffed != null) {
            candidates.add(sniffed);
        }
        if (declared != null) {
            candidates.add(declared);
        }
        candidates.add(StandardCharsets.UTF_8);
        boolean first = true;
        for (Charset charset : candidates) {
            String text = strictDecode(body, skip, charset);
            if (text != null) {
                return repair(text, charset, !first);
            }
            first = false;
        }
        // windows-1252 maps almost every byte: the last resort that keeps the text readable.
        Charset fallback = Charset.forName("windows-1252");
        return repair(new String(body, skip, body.length - skip, fallback), fallback, true);
    }

    private static Decoded repair(String decoded, Charset charset, boolean repaired) {
        String text = DECLARATION.matcher(decoded).replaceFirst("$1");
        StringBuilder out = new StringBuilder(text.length() + 64);
        Set<String> declaredEntities = new HashSet<>();
        boolean changed = repaired;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '<') {
                int end = skipMarkup(text, i, declaredEntities);
                if (end > i) {
                    appendCleaned(out, text, i, end);
                    i = end;
                    continue;
                }
                out.append(c);
                i++;
            } else if (c == '&') {
                int semicolon = entityEnd(text, i);
                if (semicolon < 0) {
                    out.append("&amp;");
                    changed = true;
                    i++;
                    continue;
                }
                String name = text.substring(i + 1, semicolon);
                if (name.startsWith("#") || XML_ENTITIES.contains(name) || declaredEntities.contains(name)) {
                    out.append(text, i, semicolon + 1);
                } else {
                    String value = Entities.getByName(name);
                    out.append(value.isEmpty() ? "&amp;" + name + ";" : numericReferences(value));
                    changed = true;
                }
                i = semicolon + 1;
            } else if (isXmlChar(c) || Character.isSurrogate(c) && validSurrogatePair(text, i)) {
                out.append(c);
                if (Character.isHighSurrogate(c)) {
                    out.append(text.charAt(i + 1));
                    i++;
                }
                i++;
            } else {
                changed = true;
                i++;
            }
        }
        return new Decoded(out.toString(), charset, changed);
    }

    /** The end of a CDATA section, comment, processing instruction or DOCTYPE starting at {@code i}, else i. */
    private static int skipMarkup(String text, int i, Set<String> declaredEntities) {
        if (text.startsWith("<![CDATA[", i)) {
            return endAfter(text, i, "]]>");
        }
        if (text.startsWith("<!--", i)) {
            return endAfter(text, i, "-->");
        }
        if (text.startsWith("<?", i)) {
            return endAfter(text, i, "?>");
        }
        if (text.startsWith("<!DOCTYPE", i)) {
            int depth = 0;
            for (int j = i; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                } else if (c == '>' && depth <= 0) {
                    Matcher m = ENTITY_DECL.matcher(text.substring(i, j));
                    while (m.find()) {
                        declaredEntities.add(m.group(2));
                    }
                    return j + 1;
                }
            }
            return text.length();
        }
        return i;
    }

    private static int endAfter(String text, int from, String terminator) {
        int end = text.indexOf(terminator, from);
        return end < 0 ? text.length() : end + terminator.length();
    }

    private static void appendCleaned(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isXmlChar(c) || Character.isSurrogate(c)) {
                out.append(c);
            }
        }
    }

    /** The index of the ';' ending a well-formed reference at {@code amp}, or -1. */
    private static int entityEnd(String text, int amp) {
        int i = amp + 1;
        int n = Math.min(text.length(), amp + 40);
        if (i < n && text.charAt(i) == '#') {
            i++;
            boolean hex = i < n && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int digits = i;
            while (i < n && (hex ? Character.digit(text.charAt(i), 16) >= 0 : Character.isDigit(text.charAt(i)))) {
                i++;
            }
            return i > digits && i < n && text.charAt(i) == ';' ? i : -1;
        }
        int start = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || "._-:".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i > start && Character.isLetter(text.charAt(start)) && i < n && text.charAt(i) == ';' ? i : -1;
    }

    private static String numericReferences(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
        return out.toString();
    }

    private static boolean isXmlChar(char c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD;
    }

    private static boolean validSurrogatePair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static String strictDecode(byte[] body, int skip, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, skip, body.length - skip));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String httpCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET_PARAM.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private static String declaredEncoding(byte[] body, Charset family) {
        Charset readAs = family == null ? StandardCharsets.ISO_8859_1 : family;
        int limit = Math.min(body.length, 1024);
        String head = new String(body, 0, limit, readAs);
        int end = head.indexOf("?>");
        if (!head.stripLeading().replace("\uFEFF", "").startsWith("<?xml") || end < 0) {
            return null;
        }
        Matcher m = DECLARED_ENCODING.matcher(head.substring(0, end));
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        // A document that could be read as UTF-16/32 at all keeps that family even if the declaration says "utf-16".
        return family != null && name.toLowerCase(Locale.ROOT).startsWith("utf-") ? family.name() : name;
    }

    private static Charset charsetNamed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            Charset charset = Charset.forName(name.trim());
            // GB18030 is a superset of GB2312 that feeds labelled GB2312 often need, as browsers assume.
            return charset.name().equals("GB2312") ? Charset.forName("GB18030") : charset;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isLatin(Charset charset) {
        String name = charset.name();
        return name.equals("ISO-8859-1") || name.equals("US-ASCII") || name.equals("windows-1252");
    }

    private static boolean looksLikeUtf8(byte[] body) {
        boolean multiByte = false;
        for (byte b : body) {
            if (b < 0) {
                multiByte = true;
                break;
            }
        }
        return multiByte && strictDecode(body, 0, StandardCharsets.UTF_8) != null;
    }

    private static Charset bomCharset(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Charset.forName("UTF-32BE");
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Charset.forName("UTF-32LE");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int bomLength(byte[] b, Charset bom) {
        return switch (bom.name()) {
            case "UTF-8" -> 3;
            case "UTF-32BE", "UTF-32LE" -> 4;
            default -> 2;
        };
    }

    /** UTF-16 and UTF-32 without a byte order mark, recognised by how they write the first '<'. */
    private static Charset sniffUtf16or32(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0x00, 0x3C)) {
            return Charset.forName("UTF-32BE");
        }
        if (startsWith(b, 0x3C, 0x00, 0x00, 0x00)) {
            return Charset.forName("UTF-32LE");
        }
        if (startsWith(b, 0x00, 0x3C)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, 0x3C, 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
