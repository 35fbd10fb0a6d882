package io.chorus.query.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;

import io.chorus.api.query.Dialect;
import io.chorus.api.query.ExportResult;
import io.chorus.api.query.Query;
import io.chorus.api.query.QueryLanguage;
import io.chorus.api.query.QuerySyntaxException;
import io.chorus.api.query.ReferenceResolver;
import io.chorus.api.query.UnknownReferenceException;

/** The Chorus query language: parser, formatter, reference expansion, and the dialects of other tools. */
@Component(service = QueryLanguage.class)
public final class ChorusQueryLanguage implements QueryLanguage {

    private final QueryFormatter formatter = new QueryFormatter();
    private final Map<Dialect, DialectExport> exports = new EnumMap<>(Dialect.class);

    public ChorusQueryLanguage() {
        for (DialectExport export : List.of(new BrandwatchExport(formatter), new TalkwalkerExport(formatter),
                new YouScanExport(formatter), new AwarioExport(formatter), new GoogleAlertsExport(formatter))) {
            exports.put(export.dialect(), export);
        }
    }

    @Override
    public Query parse(String text) throws QuerySyntaxException {
        return QueryParser.parse(text, Grammar.CHORUS);
    }

    @Override
    public Query expand(Query query, ReferenceResolver resolver) throws UnknownReferenceException {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(resolver, "resolver");
        return ReferenceExpander.expand(query, resolver);
    }

    @Override
    public String format(Query query) {
        return formatter.format(Objects.requireNonNull(query, "query"));
    }

    @Override
    public ExportResult export(Query query, Dialect dialect) {
        Objects.requireNonNull(query, "query");
        return exports.get(Objects.requireNonNull(dialect, "dialect")).export(query);
    }

    @Override
    public Query importQuery(String text, Dialect dialect) throws QuerySyntaxException {
        return switch (Objects.requireNonNull(dialect, "dialect")) {
            case BRANDWATCH -> QueryParser.parse(text, Grammar.BRANDWATCH);
            case TALKWALKER -> QueryParser.parse(text, Grammar.TALKWALKER);
            case YOUSCAN, AWARIO, GOOGLE_ALERTS -> throw new UnsupportedOperationException("Chorus exports to "
                    + dialect + " but cannot import from it; it imports BRANDWATCH and TALKWALKER queries");
        };
    }
}
