package io.chorus.index.internal.store;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;

import io.chorus.api.mention.FacetRequest;
import io.chorus.api.mention.MentionMatch;
import io.chorus.api.mention.StoredMention;

/**
 * The Lucene document of a stored mention: the query language's text fields (from {@link IndexText}), a keyword and
 * a doc-values field per dashboard dimension (filters use the keyword, counts the doc values), times and reach as
 * points and doc values, and the whole mention as a stored blob that search and get return.
 */
final class MentionDocuments {

    static final String KEY = "s.key";
    static final String DUPLICATE_GROUP = "s.duplicateGroup";
    /** Label filters: {@code name=value}. */
    static final String LABEL = "s.label";
    /** When it was published, or collected when the platform did not say: what sorts and histograms use. */
    static final String TIME = "time";
    static final String COLLECTED = "collected";
    static final String REACH = "reach";
    static final String BLOB = "blob";

    private MentionDocuments() {
    }

    /** The keyword field filters on a dimension use. */
    static String filterField(String dimension) {
        return "s." + dimension;
    }

    /** The doc-values field counts of a dimension use. */
    static String countField(String dimension) {
        return "dv." + dimension;
    }

    static long time(StoredMention stored) {
        Instant published = stored.mention().published();
        return (published != null ? published : stored.collected()).toEpochMilli();
    }

    static Document document(StoredMention stored, byte[] blob) {
        Document document = IndexText.textFields(stored.mention());
        document.add(new StringField(KEY, stored.key(), Field.Store.NO));
        document.add(new StringField(DUPLICATE_GROUP, stored.duplicateGroup(), Field.Store.NO));
        dimension(document, FacetRequest.PLATFORM, stored.mention().platform());
        dimension(document, FacetRequest.LANGUAGE, stored.mention().language());
        dimension(document, FacetRequest.SOURCE, stored.sourceId());
        Set<String> brands = new LinkedHashSet<>();
        Set<String> rules = new LinkedHashSet<>();
        for (MentionMatch match : stored.matches()) {
            brands.add(match.brandId());
            rules.add(match.brandId() + "/" + match.ruleId());
        }
        brands.forEach(brand -> dimension(document, FacetRequest.BRAND, brand));
        rules.forEach(rule -> dimension(document, FacetRequest.RULE, rule));
        for (Map.Entry<String, String> label : stored.labels().entrySet()) {
            document.add(new StringField(LABEL, label.getKey() + "=" + label.getValue(), Field.Store.NO));
            document.add(new SortedSetDocValuesField(countField(FacetRequest.label(label.getKey())),
                    new BytesRef(label.getValue())));
        }
        long time = time(stored);
        document.add(new LongPoint(TIME, time));
        document.add(new NumericDocValuesField(TIME, time));
        long collected = stored.collected().toEpochMilli();
        document.add(new LongPoint(COLLECTED, collected));
        document.add(new NumericDocValuesField(COLLECTED, collected));
        document.add(new NumericDocValuesField(REACH, stored.mention().engagement().reach()));
        document.add(new StoredField(BLOB, blob));
        return document;
    }

    private static void dimension(Document document, String dimension, String value) {
        if (!value.isEmpty()) {
            document.add(new StringField(filterField(dimension), value, Field.Store.NO));
            document.add(new SortedSetDocValuesField(countField(dimension), new BytesRef(value)));
        }
    }

    static StoredMention load(StoredFields fields, int doc) throws IOException {
        BytesRef blob = fields.document(doc, Set.of(BLOB)).getBinaryValue(BLOB);
        return MentionCodec.decode(blob.bytes, blob.offset, blob.length);
    }
}
