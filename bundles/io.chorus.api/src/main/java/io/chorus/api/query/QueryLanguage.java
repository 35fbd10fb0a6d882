package io.chorus.api.query;

import org.osgi.annotation.versioning.ProviderType;

/** Parses, expands, formats and translates Chorus queries. */
@ProviderType
public interface QueryLanguage {

    /** Parses query text; a mistake is reported with its column and what was expected there. */
    Query parse(String text) throws QuerySyntaxException;

    /** Replaces every reference with what the resolver says it stands for. */
    Query expand(Query query, ReferenceResolver resolver) throws UnknownReferenceException;

    /** The query in canonical Chorus syntax; parsing the result gives the same tree (spans aside). */
    String format(Query query);

    /** The query in another tool's dialect, with what that dialect cannot express. */
    ExportResult export(Query query, Dialect dialect);

    /**
     * Reads a query written for another tool ({@link Dialect#BRANDWATCH} or {@link Dialect#TALKWALKER}).
     *
     * @throws QuerySyntaxException          when the text is not valid in that dialect
     * @throws UnsupportedOperationException for dialects Chorus only exports to
     */
    Query importQuery(String text, Dialect dialect) throws QuerySyntaxException;
}
