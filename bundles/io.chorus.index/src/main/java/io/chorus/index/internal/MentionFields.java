package io.chorus.index.internal;

import java.net.URI;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

import io.chorus.api.mention.Mention;

/**
 * The fields a mention becomes in Lucene. Words are indexed as written (folded: case, diacritics, width), as stems,
 * so an entry can ask for exact words or for every grammatical form, and as the fuzzy words they are within reach
 * of. Keyword fields hold the values field filters compare with.
 */
public final class MentionFields {

    public static final String TEXT = "text";
    public static final String TEXT_STEMS = "text.stems";
    public static final String TITLE = "title";
    public static final String TITLE_STEMS = "title.stems";
    /** The words within reach of the rules' fuzzy words, as those words' keys (see {@link FuzzyWords}). */
    public static final String TEXT_FUZZY = "text.fuzzy";
    public static final String TITLE_FUZZY = "title.fuzzy";
    public static final String PLATFORM = "platform";
    public static final String SITE = "site";
    public static final String AUTHOR = "author";
    public static final String LANG = "lang";
    public static final String URL = "url";

    /** Text with offsets, so a match can say which characters of the mention matched. */
    private static final FieldType TEXT_WITH_OFFSETS;

    static {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        TEXT_WITH_OFFSETS = type;
    }

    private MentionFields() {
    }

    /**
     * A mention as the matcher indexes it. Analyse it with a {@link MentionAnalyzer}.
     *
     * @param fuzzy whether any rule has fuzzy words, so the fuzzy fields are worth analysing
     */
    public static Document document(Mention mention, boolean fuzzy) {
        Document document = new Document();
        addText(document, TEXT, TEXT_STEMS, fuzzy ? TEXT_FUZZY : null, mention.text(), mention.language());
        if (!mention.title().isEmpty()) {
            addText(document, TITLE, TITLE_STEMS, fuzzy ? TITLE_FUZZY : null, mention.title(), mention.language());
        }
        keyword(document, PLATFORM, mention.platform());
        keyword(document, AUTHOR, mention.author());
        keyword(document, LANG, mention.language());
        if (!mention.url().isEmpty()) {
            keyword(document, URL, normalizedUrl(mention.url()));
            for (String site : sites(mention.url())) {
                keyword(document, SITE, site);
            }
        }
        return document;
    }

    private static void addText(Document document, String words, String stems, String fuzzy, String value,
                                String language) {
        document.add(text(words, value, language, TEXT_WITH_OFFSETS));
        document.add(text(stems, value, language, TEXT_WITH_OFFSETS));
        if (fuzzy != null) {
            document.add(text(fuzzy, value, language, TEXT_WITH_OFFSETS));
        }
    }

    /**
     * A text field ({@link #TEXT}, {@link #TEXT_STEMS}, {@link #TITLE}...) whose value a {@link MentionAnalyzer}
     * analyses as the value's language needs (Japanese with Kuromoji, see {@link MentionAnalyzer#isJapanese}), for
     * an index of stored mentions to find what the matcher finds.
     *
     * @param language the mention's ISO 639-1 language, or empty when unknown
     * @param type     how the field is indexed (and stored); it must be tokenized
     */
    public static Field text(String field, String value, String language, FieldType type) {
        String analysedAs = MentionAnalyzer.analysisField(field, language, value);
        if (analysedAs.equals(field)) {
            return new Field(field, value, type);
        }
        return new Field(field, value, type) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                return analyzer.tokenStream(analysedAs, value);
            }
        };
    }

    private static void keyword(Document document, String field, String value) {
        if (value != null && !value.isBlank()) {
            document.add(new StringField(field, value.strip().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
    }

    /** The address without scheme and "www.", lower case: what {@code url:} filters compare with, by prefix. */
    public static String normalizedUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        lower = lower.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }

    /** The host and each parent domain of two labels or more: forum.ixbt.com, ixbt.com. */
    public static java.util.List<String> sites(String url) {
        java.util.List<String> sites = new java.util.ArrayList<>();
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return sites;
            }
            host = host.toLowerCase(Locale.ROOT);
            String[] labels = host.split("\\.");
            for (int i = 0; i < labels.length - 1; i++) {
                sites.add(String.join(".", java.util.Arrays.copyOfRange(labels, i, labels.length)));
            }
        } catch (IllegalArgumentException e) {
            // Not a URL: no site to filter by.
        }
        return sites;
    }
}
