package io.chorus.ingest.internal;

import io.chorus.api.jobs.JobMonitor;
import io.chorus.api.mention.FacetRequest;
import io.chorus.api.mention.FacetResult;
import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.MentionStore;
import io.chorus.api.mention.SearchResult;
import io.chorus.api.mention.StoredMention;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A store in memory that keeps the contract ingest relies on: a key is stored once. */
final class InMemoryMentionStore implements MentionStore {

    private final Map<String, StoredMention> mentions = new LinkedHashMap<>();
    private volatile IOException failure;

    void failWith(IOException e) {
        failure = e;
    }

    @Override
    public synchronized List<StoredMention> store(List<StoredMention> batch) throws IOException {
        if (failure != null) {
            throw failure;
        }
        List<StoredMention> fresh = new ArrayList<>();
        for (StoredMention mention : batch) {
            if (mentions.putIfAbsent(mention.key(), mention) == null) {
                fresh.add(mention);
            }
        }
        return fresh;
    }

    @Override
    public synchronized Optional<StoredMention> get(String key) {
        return Optional.ofNullable(mentions.get(key));
    }

    @Override
    public synchronized boolean contains(String key) {
        return mentions.containsKey(key);
    }

    synchronized List<StoredMention> all() {
        return List.copyOf(mentions.values());
    }

    @Override
    public synchronized SearchResult search(MentionSearch search) {
        List<StoredMention> all = new ArrayList<>(mentions.values());
        int from = Math.min(all.size(), search.offset());
        return new SearchResult(all.size(), all.subList(from, Math.min(all.size(), from + search.limit())));
    }

    @Override
    public FacetResult facets(MentionSearch search, FacetRequest request) {
        throw new UnsupportedOperationException("ingest never asks for facets");
    }

    @Override
    public void label(String key, Map<String, String> labels) {
        throw new UnsupportedOperationException("ingest never labels");
    }

    @Override
    public long rematch(Instant since, JobMonitor monitor) {
        throw new UnsupportedOperationException("ingest never rematches");
    }

    @Override
    public synchronized long size() {
        return mentions.size();
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public CompletionStage<Void> ready() {
        return CompletableFuture.completedFuture(null);
    }
}
