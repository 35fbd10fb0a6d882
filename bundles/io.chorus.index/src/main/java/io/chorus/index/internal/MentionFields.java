package io.chorus.index.internal;

import java.net.URI;
import java.util.Locale;

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
final class MentionFields {

    static final String TEXT = "text";
    static final String TEXT_STEMS = "text.stems";
    static final String TITLE = "title";
    static final String TITLE_STEMS = "title.stems";
    /** The words within reach of the rules' fuzzy words, as those words' keys (see {@link FuzzyWords}). */
    static final String TEXT_FUZZY = "text.fuzzy";
    static final String TITLE_FUZZY = "title.fuzzy";
    static final String PLATFORM = "platform";
    static final String SITE = "site";
    static final String AUTHOR = "author";
    static final String LANG = "lang";
    static final String URL = "url";

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

    /** @param fuzzy whether any rule has fuzzy words, so the fuzzy fields are worth analysing */
    static Document document(Mention mention, boolean fuzzy) {
        Document document = new Document();
        document.add(new Field(TEXT, mention.text(), TEXT_WITH_OFFSETS));
        document.add(new Field(TEXT_STEMS, mention.text(), TEXT_WITH_OFFSETS));
        if (fuzzy) {
            document.add(new Field(TEXT_FUZZY, mention.text(), TEXT_WITH_OFFSETS));
        }
        if (!mention.title().isEmpty()) {
            document.add(new Field(TITLE, mention.title(), TEXT_WITH_OFFSETS));
            document.add(new Field(TITLE_STEMS, mention.title(), TEXT_WITH_OFFSETS));
            if (fuzzy) {
                document.add(new Field(TITLE_FUZZY, mention.title(), TEXT_WITH_OFFSETS));
            }
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

    private static void keyword(Document document, String field, String value) {
        if (value != null && !value.isBlank()) {
            document.add(new StringField(field, value.strip().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
    }

    /** The address without scheme and "www.", lower case: what {@code url:} filters compare with, by prefix. */
    static String normalizedUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        lower = lower.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }

    /** The host and each parent domain of two labels or more: forum.ixbt.com, ixbt.com. */
    static java.util.List<String> sites(String url) {
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
