package io.chorus.ui.dashboard.internal.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.mention.FacetRequest;
import io.chorus.api.mention.FacetResult;
import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.MentionStore;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.BrandRole;
import io.chorus.api.registry.KeywordRegistry;
import io.chorus.ui.api.ChartData;
import io.chorus.ui.api.ChartKind;
import io.chorus.ui.api.DashboardQuery;
import io.chorus.ui.api.DashboardTile;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.Tile;
import io.chorus.ui.dashboard.internal.Translations;

/**
 * Share of voice: the selected brand against the competitors of the registry (every own brand when none is
 * selected), from one brand facet over the period without a brand filter.
 */
@Component(service = DashboardTile.class)
@Tile(id = "io.chorus.tile.share-of-voice", label = "%tile.share", dashboard = "overview", order = 20)
public final class ShareOfVoiceTile implements DashboardTile {

    /** Brand facets are small (one value per brand): ask for all so competitors with few mentions still show. */
    private static final int ALL_BRANDS = 10_000;

    private final MentionStore store;
    private final Translations translations;
    private final Supplier<List<Brand>> brands;

    @Activate
    public ShareOfVoiceTile(BundleContext context, @Reference MentionStore store,
                            @Reference KeywordRegistry registry) {
        this(store, Translations.of(context.getBundle()), registry::brands);
    }

    public ShareOfVoiceTile(MentionStore store, Translations translations, Supplier<List<Brand>> brands) {
        this.store = store;
        this.translations = translations;
        this.brands = brands;
    }

    @Override
    public ChartData compute(DashboardQuery query) throws Exception {
        Texts texts = translations.in(query.locale());
        MentionSearch period = MentionSearch.all().withPeriod(query.from(), query.to());
        List<FacetResult.Count> counts = store.facets(period, Buckets.countsBy(FacetRequest.BRAND, query,
                ALL_BRANDS)).counts().get(FacetRequest.BRAND);
        List<Brand> known = brands.get();
        Map<String, String> names = known.stream().collect(Collectors.toMap(Brand::id, Brand::name, (a, b) -> a));
        List<String> compared = new ArrayList<>();
        if (!query.brand().isEmpty()) {
            compared.add(query.brand());
        }
        for (Brand brand : known) {
            boolean wanted = brand.role() == BrandRole.COMPETITOR || query.brand().isEmpty();
            if (wanted && !compared.contains(brand.id())) {
                compared.add(brand.id());
            }
        }
        String note = "";
        List<FacetResult.Count> shown;
        if (known.isEmpty()) {
            // No registry brands yet: the busiest brands the store knows still make a useful comparison.
            shown = counts.stream().limit(Buckets.TOP).toList();
        } else {
            Map<String, Long> byBrand = counts.stream().collect(Collectors.toMap(FacetResult.Count::value,
                    FacetResult.Count::count));
            shown = compared.stream().map(id -> new FacetResult.Count(id, byBrand.getOrDefault(id, 0L))).toList();
            if (known.stream().noneMatch(brand -> brand.role() == BrandRole.COMPETITOR)) {
                note = texts.get("share.noCompetitors");
            }
        }
        Function<String, String> name = id -> names.getOrDefault(id, id);
        return Buckets.counts(ChartKind.PIE, shown, name, id -> period.withBrands(Set.of(id)),
                texts.get("value.mentions"), texts.get("value.mentions"), note);
    }
}
