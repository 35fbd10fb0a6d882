package io.chorus.ui.dashboard.internal.tiles;

import java.util.Locale;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.mention.FacetRequest;
import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.MentionStore;
import io.chorus.ui.api.ChartData;
import io.chorus.ui.api.ChartKind;
import io.chorus.ui.api.DashboardQuery;
import io.chorus.ui.api.DashboardTile;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.Tile;
import io.chorus.ui.dashboard.internal.Translations;

/** Mentions by language, named in the window's language (Russian, русский, ロシア語), from the language facet. */
@Component(service = DashboardTile.class)
@Tile(id = "io.chorus.tile.languages", label = "%tile.languages", dashboard = "overview", order = 40)
public final class LanguagesTile implements DashboardTile {

    private final MentionStore store;
    private final Translations translations;

    @Activate
    public LanguagesTile(BundleContext context, @Reference MentionStore store) {
        this(store, Translations.of(context.getBundle()));
    }

    public LanguagesTile(MentionStore store, Translations translations) {
        this.store = store;
        this.translations = translations;
    }

    @Override
    public ChartData compute(DashboardQuery query) throws Exception {
        Texts texts = translations.in(query.locale());
        MentionSearch search = Buckets.search(query);
        var counts = store.facets(search, Buckets.countsBy(FacetRequest.LANGUAGE, query, Buckets.TOP))
                .counts().get(FacetRequest.LANGUAGE);
        return Buckets.counts(ChartKind.BAR, counts, code -> languageName(code, query.locale()),
                language -> search.withLanguages(Set.of(language)), texts.get("value.mentions"),
                texts.get("value.mentions"), "");
    }

    static String languageName(String code, Locale locale) {
        String name = code.isEmpty() ? "" : Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
