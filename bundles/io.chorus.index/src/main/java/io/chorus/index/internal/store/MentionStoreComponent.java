package io.chorus.index.internal.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.chorus.api.jobs.JobMonitor;
import io.chorus.api.jobs.Jobs;
import io.chorus.api.mention.FacetRequest;
import io.chorus.api.mention.FacetResult;
import io.chorus.api.mention.MentionListener;
import io.chorus.api.mention.MentionMatcher;
import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.MentionStore;
import io.chorus.api.mention.SearchResult;
import io.chorus.api.mention.StoredMention;
import io.chorus.api.query.QueryException;
import io.chorus.api.query.QueryLanguage;
import io.chorus.api.registry.KeywordRegistry;
import io.chorus.api.runtime.ChorusRuntime;

/**
 * The workspace's mention store, in {@code <workspace>/.chorus/index/mentions}. It is registered at once and opens in
 * the background (on the shared jobs service when there is one), so start-up never waits for the index; its methods
 * wait until it is open. Every {@link MentionListener} service hears about new mentions.
 */
@Component(service = MentionStore.class)
public final class MentionStoreComponent implements MentionStore {

    private final LuceneMentionStore store;

    @Activate
    public MentionStoreComponent(@Reference ChorusRuntime runtime, @Reference QueryLanguage language,
                                 @Reference MentionMatcher matcher, @Reference KeywordRegistry registry,
                                 @Reference(cardinality = ReferenceCardinality.OPTIONAL) Jobs jobs) {
        Path directory = runtime.workspace().metadataDirectory().resolve("index").resolve("mentions");
        store = new LuceneMentionStore(directory, Clock.systemUTC(), language, matcher);
        // searches may name a brand's core (@acme) or one of its entries, as rules do
        store.resolveReferencesWith(registry::resolve);
        store.openInBackground(jobs != null ? backgroundJob(jobs) : MentionStoreComponent::openThread);
    }

    private static Executor backgroundJob(Jobs jobs) {
        return open -> jobs.start("Opening the mention index", monitor -> {
            open.run();
            return null;
        });
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addListener(MentionListener listener) {
        store.addListener(listener);
    }

    void removeListener(MentionListener listener) {
        store.removeListener(listener);
    }

    @Deactivate
    void deactivate() throws IOException {
        store.close();
    }

    @Override
    public List<StoredMention> store(List<StoredMention> mentions) throws IOException {
        return store.store(mentions);
    }

    @Override
    public Optional<StoredMention> get(String key) {
        return store.get(key);
    }

    @Override
    public boolean contains(String key) {
        return store.contains(key);
    }

    @Override
    public SearchResult search(MentionSearch search) throws QueryException {
        return store.search(search);
    }

    @Override
    public FacetResult facets(MentionSearch search, FacetRequest request) throws QueryException {
        return store.facets(search, request);
    }

    @Override
    public void label(String key, Map<String, String> labels) throws IOException {
        store.label(key, labels);
    }

    @Override
    public long rematch(Instant since, JobMonitor monitor) throws IOException {
        return store.rematch(since, monitor);
    }

    @Override
    public long size() {
        return store.size();
    }

    @Override
    public boolean isReady() {
        return store.isReady();
    }

    @Override
    public CompletionStage<Void> ready() {
        return store.ready();
    }

    /** Without the jobs service: one daemon thread that opens the index and ends. */
    private static void openThread(Runnable open) {
        Thread thread = new Thread(open, "chorus-index-open");
        thread.setDaemon(true);
        thread.start();
    }
}
