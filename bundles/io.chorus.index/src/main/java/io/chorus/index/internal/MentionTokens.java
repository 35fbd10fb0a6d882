package io.chorus.index.internal;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The analysed words of one mention's fields, recorded once and read many times: the presearch reads them directly,
 * the fuzzy fields are derived from the words fields without tokenizing again, and a MemoryIndex is filled from them
 * only when some rule is worth running. Most mentions match no rule, and then building the MemoryIndex (its hash of
 * terms, its postings, sorting the terms) is skipped. Replaying gives the MemoryIndex exactly the terms, position
 * increments and offsets the analyzer gave. Not thread-safe: one per thread, reused from mention to mention.
 */
final class MentionTokens {

    private int fieldCount;
    private IndexableField[] fields = new IndexableField[16];
    private int[] firstToken = new int[16];
    private int[] endToken = new int[16];
    private int[] finalOffset = new int[16];
    private int[] finalIncrement = new int[16];

    private int tokenCount;
    private int[] charStart = new int[64];
    private int[] charLength = new int[64];
    private int[] byteStart = new int[64];
    private int[] byteLength = new int[64];
    private int[] increment = new int[64];
    private int[] startOffset = new int[64];
    private int[] endOffset = new int[64];
    private char[] chars = new char[512];
    private int charCount;
    private byte[] bytes = new byte[1024];
    private int byteCount;

    void clear() {
        Arrays.fill(fields, 0, fieldCount, null);
        fieldCount = 0;
        tokenCount = 0;
        charCount = 0;
        byteCount = 0;
    }

    int fieldCount() {
        return fieldCount;
    }

    String name(int field) {
        return fields[field].name();
    }

    /** The index of the recorded field with this name, or -1. */
    int field(String name) {
        for (int f = 0; f < fieldCount; f++) {
            if (fields[f].name().equals(name)) {
                return f;
            }
        }
        return -1;
    }

    /** The text a recorded field was analysed from, or null when it had none. */
    String value(int field) {
        return fields[field].stringValue();
    }

    int firstToken(int field) {
        return firstToken[field];
    }

    int endToken(int field) {
        return endToken[field];
    }

    /** Points {@code term} at a recorded token's UTF-8 bytes (valid until the next {@link #clear}). */
    void term(int token, BytesRef term) {
        term.bytes = bytes;
        term.offset = byteStart[token];
        term.length = byteLength[token];
    }

    /** Records every token of {@code stream} (which it consumes and closes) as the words of {@code field}. */
    void record(IndexableField field, TokenStream stream) throws IOException {
        if (fieldCount == fields.length) {
            int size = fieldCount * 2;
            fields = Arrays.copyOf(fields, size);
            firstToken = Arrays.copyOf(firstToken, size);
            endToken = Arrays.copyOf(endToken, size);
            finalOffset = Arrays.copyOf(finalOffset, size);
            finalIncrement = Arrays.copyOf(finalIncrement, size);
        }
        int f = fieldCount++;
        fields[f] = field;
        firstToken[f] = tokenCount;
        try (stream) {
            TermToBytesRefAttribute termBytes = stream.getAttribute(TermToBytesRefAttribute.class);
            CharTermAttribute termChars = stream.hasAttribute(CharTermAttribute.class)
                    ? stream.getAttribute(CharTermAttribute.class) : null;
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                addToken(termBytes.getBytesRef(), termChars, position.getPositionIncrement(), offsets.startOffset(),
                        offsets.endOffset());
            }
            stream.end();
            finalOffset[f] = offsets.endOffset();
            finalIncrement[f] = position.getPositionIncrement();
        }
        endToken[f] = tokenCount;
    }

    private void addToken(BytesRef term, CharTermAttribute termChars, int positionIncrement, int start, int end) {
        if (tokenCount == increment.length) {
            int size = ArrayUtil.oversize(tokenCount + 1, Integer.BYTES);
            charStart = Arrays.copyOf(charStart, size);
            charLength = Arrays.copyOf(charLength, size);
            byteStart = Arrays.copyOf(byteStart, size);
            byteLength = Arrays.copyOf(byteLength, size);
            increment = Arrays.copyOf(increment, size);
            startOffset = Arrays.copyOf(startOffset, size);
            endOffset = Arrays.copyOf(endOffset, size);
        }
        int t = tokenCount++;
        bytes = ArrayUtil.grow(bytes, byteCount + term.length);
        System.arraycopy(term.bytes, term.offset, bytes, byteCount, term.length);
        byteStart[t] = byteCount;
        byteLength[t] = term.length;
        byteCount += term.length;
        charStart[t] = charCount;
        if (termChars != null) {
            chars = ArrayUtil.grow(chars, charCount + termChars.length());
            System.arraycopy(termChars.buffer(), 0, chars, charCount, termChars.length());
            charLength[t] = termChars.length();
        } else {
            // a stream of bytes only: its words as text, for the filters that read text
            String text = term.utf8ToString();
            chars = ArrayUtil.grow(chars, charCount + text.length());
            text.getChars(0, text.length(), chars, charCount);
            charLength[t] = text.length();
        }
        charCount += charLength[t];
        increment[t] = positionIncrement;
        startOffset[t] = start;
        endOffset[t] = end;
    }

    /** The recorded words of a field as a new token stream, exactly as the analyzer gave them. */
    TokenStream replay(int field) {
        return new Replay(field);
    }

    /**
     * The recorded field for {@code MemoryIndex.addField(IndexableField, Analyzer)}: same name and type, its words
     * replayed instead of analysed again.
     */
    IndexableField replayedField(int field) {
        IndexableField original = fields[field];
        return new ReplayedField(original.name(), original.fieldType(), this, field);
    }

    private static final class ReplayedField extends Field {
        private final MentionTokens tokens;
        private final int field;

        ReplayedField(String name, IndexableFieldType type, MentionTokens tokens, int field) {
            super(name, type);
            this.tokens = tokens;
            this.field = field;
        }

        @Override
        public TokenStream tokenStream(org.apache.lucene.analysis.Analyzer analyzer, TokenStream reuse) {
            return tokens.replay(field);
        }
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
        private final int field;
        private int next;

        Replay(int field) {
            this.field = field;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = firstToken[field];
        }

        @Override
        public boolean incrementToken() {
            if (next >= endToken[field]) {
                return false;
            }
            clearAttributes();
            int t = next++;
            term.copyBuffer(chars, charStart[t], charLength[t]);
            position.setPositionIncrement(increment[t]);
            offsets.setOffset(startOffset[t], endOffset[t]);
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offsets.setOffset(finalOffset[field], finalOffset[field]);
            position.setPositionIncrement(finalIncrement[field]);
        }
    }
}
