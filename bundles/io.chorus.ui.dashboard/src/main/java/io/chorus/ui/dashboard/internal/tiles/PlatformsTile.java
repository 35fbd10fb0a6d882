package io.chorus.ui.dashboard.internal.tiles;

import java.util.Set;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

import io.chorus.api.mention.FacetRequest;
import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.MentionStore;
import io.chorus.api.platform.Platform;
import io.chorus.api.platform.PlatformRegistry;
import io.chorus.ui.api.ChartData;
import io.chorus.ui.api.ChartKind;
import io.chorus.ui.api.DashboardQuery;
import io.chorus.ui.api.DashboardTile;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.Tile;
import io.chorus.ui.dashboard.internal.Translations;

/** Mentions by platform, the busiest first, from the platform facet. */
@Component(service = DashboardTile.class)
@Tile(id = "io.chorus.tile.platforms", label = "%tile.platforms", dashboard = "overview", order = 30)
public final class PlatformsTile implements DashboardTile {

    private final MentionStore store;
    private final Translations translations;
    /** A platform's display name for its id; the id when the platform registry is not there or does not know it. */
    private final Function<String, String> platformName;

    @Activate
    public PlatformsTile(BundleContext context, @Reference MentionStore store,
                         @Reference(cardinality = ReferenceCardinality.OPTIONAL) PlatformRegistry platforms) {
        this(store, Translations.of(context.getBundle()), id -> platforms == null ? id
                : platforms.platform(id).map(Platform::name).orElse(id));
    }

    public PlatformsTile(MentionStore store, Translations translations, Function<String, String> platformName) {
        this.store = store;
        this.translations = translations;
        this.platformName = platformName;
    }

    @Override
    public ChartData compute(DashboardQuery query) throws Exception {
        Texts texts = translations.in(query.locale());
        MentionSearch search = Buckets.search(query);
        var counts = store.facets(search, Buckets.countsBy(FacetRequest.PLATFORM, query, Buckets.TOP))
                .counts().get(FacetRequest.PLATFORM);
        return Buckets.counts(ChartKind.HORIZONTAL_BAR, counts, platformName,
                platform -> search.withPlatforms(Set.of(platform)), texts.get("value.mentions"),
                texts.get("value.mentions"), "");
    }
}
