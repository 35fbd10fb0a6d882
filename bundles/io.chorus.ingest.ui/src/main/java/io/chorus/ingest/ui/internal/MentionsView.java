package io.chorus.ingest.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.mention.FacetRequest;
import io.chorus.api.mention.FacetResult;
import io.chorus.api.mention.Mention;
import io.chorus.api.mention.MentionListener;
import io.chorus.api.mention.MentionMatch;
import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.MentionStore;
import io.chorus.api.mention.SearchResult;
import io.chorus.api.mention.StoredMention;
import io.chorus.api.query.QueryException;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.View;
import io.chorus.ui.api.ViewContribution;
import io.chorus.ui.api.ViewPart;
import io.chorus.ui.api.ViewSite;

/**
 * Every stored mention: a search box that takes the query language, facets to narrow by platform, language and
 * brand, the hits newest first, and a preview with the matched words marked. Searches run off the UI thread; new
 * mentions refresh the view at most every two seconds.
 */
@Component
@View(id = MentionsView.ID, label = "%view.mentions", category = "%category.monitoring", icon = "search")
public final class MentionsView implements ViewContribution {

    static final String ID = "io.chorus.mentions";

    private static final int PAGE = 200;
    /** The relative periods of the period list: day, week, month, all. */
    private static final int PERIODS = 4;
    static final List<String> DIMENSIONS = List.of(FacetRequest.PLATFORM, FacetRequest.LANGUAGE,
            FacetRequest.BRAND, FacetRequest.label(StoredMention.SENTIMENT));
    private static final int REFRESH_MILLIS = 2000;
    /** A marker yellow that reads well in light and dark themes (system colours vary too much between themes). */
    private static final Color MATCHED_BACKGROUND = new Color(255, 226, 122);

    private final BundleContext context;
    private final MentionStore store;
    private final Texts texts;

    @Activate
    public MentionsView(BundleContext context, @Reference MentionStore store) {
        this.context = context;
        this.store = store;
        this.texts = Texts.of(context.getBundle(), Locale.getDefault());
    }

    @Override
    public ViewPart createView(Composite parent, ViewSite site) {
        return new Part(parent, site);
    }

    private final class Part implements ViewPart {
        final Composite body;
        final Text query;
        final Combo period;
        final Label status;
        final Tree facets;
        final TableViewer hits;
        final StyledText preview;
        final Button open;
        /** Selected facet values by dimension: the filters besides the query. */
        final Map<String, Set<String>> selected = new LinkedHashMap<>();
        final AtomicLong generation = new AtomicLong();
        /** A fixed period from a drill-down (a chart's day), shown as an extra entry of the period list. */
        Instant[] fixedPeriod;
        final ServiceRegistration<MentionListener> listener;
        volatile boolean refreshPending;

        Part(Composite parent, ViewSite site) {
            body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(4, false));
            query = new Text(body, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
            query.setMessage(texts.get("mentions.query.hint"));
            query.setData(Ui.WIDGET, "mentions-query");
            query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            query.addListener(SWT.DefaultSelection, e -> search());
            period = new Combo(body, SWT.READ_ONLY);
            period.setItems(texts.get("period.day"), texts.get("period.week"), texts.get("period.month"),
                    texts.get("period.all"));
            period.select(3);
            period.setData(Ui.WIDGET, "mentions-period");
            GridData periodLayout = new GridData(SWT.FILL, SWT.CENTER, false, false);
            periodLayout.widthHint = 260; // wide enough for a drill-down's dates and times
            period.setLayoutData(periodLayout);
            period.addListener(SWT.Selection, e -> {
                if (fixedPeriod != null && period.getSelectionIndex() < PERIODS) {
                    fixedPeriod = null;
                    period.remove(PERIODS);
                }
                search();
            });
            Ui.button(body, texts, "mentions.search", "mentions-search", e -> search());
            Ui.button(body, texts, "mentions.clear", "mentions-clear", e -> {
                query.setText("");
                selected.clear();
                search();
            });
            status = new Label(body, SWT.WRAP);
            status.setData(Ui.WIDGET, "mentions-status");
            status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));

            SashForm columns = new SashForm(body, SWT.HORIZONTAL);
            columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
            facets = new Tree(columns, SWT.BORDER | SWT.CHECK);
            facets.setData(Ui.WIDGET, "mentions-facets");
            facets.addListener(SWT.Selection, e -> {
                if (e.detail == SWT.CHECK && e.item instanceof TreeItem item && item.getParentItem() != null) {
                    String dimension = (String) item.getParentItem().getData();
                    String value = (String) item.getData();
                    Set<String> values = selected.computeIfAbsent(dimension, d -> new LinkedHashSet<>());
                    if (item.getChecked()) {
                        values.add(value);
                    } else {
                        values.remove(value);
                    }
                    search();
                }
            });
            SashForm rows = new SashForm(columns, SWT.VERTICAL);
            Composite table = new Composite(rows, SWT.NONE);
            GridLayout tableLayout = new GridLayout(1, false);
            tableLayout.marginWidth = 0;
            tableLayout.marginHeight = 0;
            table.setLayout(tableLayout);
            hits = Ui.table(table, "mentions", SWT.SINGLE);
            Ui.column(hits, texts.get("column.published"), 130, StoredMention.class,
                    m -> Ui.when(m.mention().published()), m -> m.mention().url());
            Ui.column(hits, texts.get("column.platform"), 90, StoredMention.class, m -> m.mention().platform(),
                    m -> m.sourceId());
            Ui.column(hits, texts.get("column.language"), 45, StoredMention.class, m -> m.mention().language(),
                    m -> null);
            Ui.column(hits, texts.get("column.brands"), 100, StoredMention.class, m -> m.matches().stream()
                    .map(MentionMatch::brandId).distinct().collect(Collectors.joining(", ")), m -> null);
            Ui.column(hits, texts.get("column.author"), 120, StoredMention.class, m -> m.mention().author(),
                    m -> null);
            Ui.column(hits, texts.get("column.text"), 520, StoredMention.class, MentionsView::snippet,
                    m -> m.isNearDuplicate() ? texts.format("mentions.copyOf", m.duplicateGroup()) : null);
            Composite details = new Composite(rows, SWT.NONE);
            details.setLayout(new GridLayout(1, false));
            preview = new StyledText(details, SWT.BORDER | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
            preview.setData(Ui.WIDGET, "mentions-preview");
            preview.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            open = Ui.button(details, texts, "mentions.open", "mentions-open", e -> openSelected());
            open.setEnabled(false);
            rows.setWeights(1, 1);
            columns.setWeights(1, 4);
            hits.addSelectionChangedListener(e -> {
                show(selectedMention());
                site.setSelection(hits.getStructuredSelection().toList());
            });
            site.hookContextMenu(hits.getTable());
            hits.addDoubleClickListener(e -> openSelected());

            // new mentions refresh the view, at most every REFRESH_MILLIS
            listener = context.registerService(MentionListener.class, added -> scheduleRefresh(), null);
            search();
        }

        private void scheduleRefresh() {
            if (refreshPending) {
                return;
            }
            refreshPending = true;
            Display display = body.getDisplay();
            display.asyncExec(() -> display.timerExec(REFRESH_MILLIS, () -> {
                refreshPending = false;
                if (!body.isDisposed()) {
                    search();
                }
            }));
        }

        /** Shows what a dashboard or notification asked for: its query, filters and period. */
        void show(MentionSearch wanted) {
            query.setText(wanted.query());
            selected.clear();
            if (!wanted.platforms().isEmpty()) {
                selected.put(FacetRequest.PLATFORM, new LinkedHashSet<>(wanted.platforms()));
            }
            if (!wanted.languages().isEmpty()) {
                selected.put(FacetRequest.LANGUAGE, new LinkedHashSet<>(wanted.languages()));
            }
            if (!wanted.brands().isEmpty()) {
                selected.put(FacetRequest.BRAND, new LinkedHashSet<>(wanted.brands()));
            }
            String sentiment = wanted.labels().get(StoredMention.SENTIMENT);
            if (sentiment != null) {
                selected.put(FacetRequest.label(StoredMention.SENTIMENT), new LinkedHashSet<>(Set.of(sentiment)));
            }
            if (fixedPeriod != null) {
                period.remove(PERIODS);
                fixedPeriod = null;
            }
            if (wanted.from() != null || wanted.to() != null) {
                fixedPeriod = new Instant[] {wanted.from(), wanted.to()};
                period.add(texts.format("period.fixed", wanted.from() == null ? "\u2026" : Ui.when(wanted.from()),
                        wanted.to() == null ? "\u2026" : Ui.when(wanted.to())));
                period.select(PERIODS);
            } else {
                period.select(3);
            }
            search();
        }

        private MentionSearch currentSearch() {
            Instant now = Instant.now();
            Instant from = switch (period.getSelectionIndex()) {
                case 0 -> now.minus(Duration.ofDays(1));
                case 1 -> now.minus(Duration.ofDays(7));
                case 2 -> now.minus(Duration.ofDays(30));
                default -> null;
            };
            Map<String, String> labels = new LinkedHashMap<>();
            String sentimentDimension = FacetRequest.label(StoredMention.SENTIMENT);
            Set<String> sentiments = selected.getOrDefault(sentimentDimension, Set.of());
            if (sentiments.size() == 1) {
                labels.put(StoredMention.SENTIMENT, sentiments.iterator().next());
            }
            return MentionSearch.query(query.getText().strip())
                    .withPlatforms(selected.getOrDefault(FacetRequest.PLATFORM, Set.of()))
                    .withLanguages(selected.getOrDefault(FacetRequest.LANGUAGE, Set.of()))
                    .withBrands(selected.getOrDefault(FacetRequest.BRAND, Set.of()))
                    .withLabels(labels)
                    .withPeriod(fixedPeriod != null ? fixedPeriod[0] : from, fixedPeriod != null ? fixedPeriod[1] : null)
                    .withPage(0, PAGE);
        }

        /** Runs the search and the facets off the UI thread; only the newest search's answer is shown. */
        void search() {
            MentionSearch search = currentSearch();
            long mine = generation.incrementAndGet();
            if (!store.isReady()) {
                status.setText(texts.get("mentions.opening"));
            }
            CompletableFuture.supplyAsync(() -> {
                try {
                    SearchResult result = store.search(search);
                    FacetResult counts = store.facets(search.withPlatforms(Set.of()).withLanguages(Set.of())
                                    .withBrands(Set.of()).withLabels(Map.of()),
                            new FacetRequest(DIMENSIONS, 12, null, "", ZoneId.systemDefault()));
                    return new Answer(result, counts, null);
                } catch (QueryException e) {
                    return new Answer(null, null, e);
                }
            }).whenComplete((answer, error) -> body.getDisplay().asyncExec(() -> {
                if (body.isDisposed() || generation.get() != mine) {
                    return;
                }
                if (error != null) {
                    status.setText(texts.format("mentions.failed", String.valueOf(error.getCause() == null
                            ? error.getMessage() : error.getCause().getMessage())));
                } else if (answer.problem() != null) {
                    status.setText(texts.format("mentions.badQuery", answer.problem().getMessage()));
                } else {
                    // new mentions arrive while someone reads one: keep it selected and shown
                    StoredMention reading = selectedMention();
                    hits.setInput(answer.result().mentions().toArray());
                    if (reading != null) {
                        answer.result().mentions().stream().filter(m -> m.key().equals(reading.key())).findFirst()
                                .ifPresent(m -> hits.setSelection(new StructuredSelection(m), true));
                    }
                    fillFacets(answer.counts());
                    status.setText(texts.format("mentions.found", answer.result().total(),
                            answer.result().mentions().size()));
                }
                body.layout(true, true);
            }));
        }

        private void fillFacets(FacetResult counts) {
            facets.setRedraw(false);
            try {
                facets.removeAll();
                for (String dimension : DIMENSIONS) {
                    List<FacetResult.Count> values = counts.counts().getOrDefault(dimension, List.of());
                    if (values.isEmpty()) {
                        continue;
                    }
                    TreeItem group = new TreeItem(facets, SWT.NONE);
                    group.setText(texts.get("facet." + dimension.replace("label:", "")));
                    group.setData(dimension);
                    Set<String> chosen = selected.getOrDefault(dimension, Set.of());
                    for (FacetResult.Count value : values) {
                        TreeItem item = new TreeItem(group, SWT.NONE);
                        item.setText(value.value() + "  (" + value.count() + ")");
                        item.setData(value.value());
                        item.setChecked(chosen.contains(value.value()));
                    }
                    group.setExpanded(true);
                }
            } finally {
                facets.setRedraw(true);
            }
        }

        private StoredMention selectedMention() {
            IStructuredSelection selection = hits.getStructuredSelection();
            return selection.isEmpty() ? null : (StoredMention) selection.getFirstElement();
        }

        /** The mention in full, with the words that matched in bold. */
        private void show(StoredMention stored) {
            open.setEnabled(stored != null && !stored.mention().url().isEmpty());
            if (stored == null) {
                preview.setText("");
                return;
            }
            Mention mention = stored.mention();
            StringBuilder head = new StringBuilder();
            head.append(mention.author().isEmpty() ? texts.get("mentions.anonymous") : mention.author())
                    .append(" · ").append(mention.platform()).append(" · ").append(Ui.when(mention.published()));
            if (!mention.language().isEmpty()) {
                head.append(" · ").append(mention.language());
            }
            head.append('\n');
            if (!mention.url().isEmpty()) {
                head.append(mention.url()).append('\n');
            }
            if (!stored.matches().isEmpty()) {
                head.append(texts.format("mentions.matched", stored.matches().stream()
                        .map(m -> m.brandId() + "/" + m.ruleId()).distinct().collect(Collectors.joining(", "))))
                        .append('\n');
            }
            head.append('\n');
            int titleStart = head.length();
            String title = mention.title().isEmpty() ? "" : mention.title() + "\n\n";
            int textStart = titleStart + title.length();
            preview.setText(head + title + mention.text());
            List<StyleRange> styles = new ArrayList<>();
            styles.add(new StyleRange(0, head.indexOf("\n"), null, null, SWT.BOLD));
            for (MentionMatch match : stored.matches()) {
                for (MentionMatch.MatchedText words : match.matched()) {
                    int base = words.field().equals("title") ? titleStart : textStart;
                    int limit = words.field().equals("title") ? titleStart + mention.title().length()
                            : textStart + mention.text().length();
                    int start = base + words.start();
                    int end = Math.min(base + words.end(), limit);
                    if (start >= base && start < end) {
                        StyleRange range = new StyleRange(start, end - start, null, MATCHED_BACKGROUND, SWT.BOLD);
                        styles.add(range);
                    }
                }
            }
            styles.sort((a, b) -> Integer.compare(a.start, b.start));
            List<StyleRange> disjoint = new ArrayList<>();
            int covered = -1;
            for (StyleRange range : styles) {
                if (range.start >= covered) {
                    disjoint.add(range);
                    covered = range.start + range.length;
                }
            }
            preview.setStyleRanges(disjoint.toArray(StyleRange[]::new));
        }

        private void openSelected() {
            StoredMention stored = selectedMention();
            if (stored != null && isWebAddress(stored.mention().url())) {
                Program.launch(stored.mention().url());
            }
        }

        @Override
        public void setInput(Object input) {
            if (input instanceof MentionSearch wanted) {
                show(wanted);
            } else if (input instanceof String text) {
                show(MentionSearch.query(text));
            }
        }

        @Override
        public void setFocus() {
            query.setFocus();
        }

        @Override
        public void dispose() {
            try {
                listener.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle stopped first and took its services with it
            }
        }
    }

    private record Answer(SearchResult result, FacetResult counts, QueryException problem) {
    }

    /** Only http(s) addresses are handed to the desktop: a mention's URL comes from strangers. */
    static boolean isWebAddress(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    static String snippet(StoredMention stored) {
        Mention mention = stored.mention();
        String text = (mention.title().isEmpty() ? "" : mention.title() + " — ") + mention.text();
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
    }
}
