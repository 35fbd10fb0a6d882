package io.chorus.ingest.internal;

import io.chorus.api.jobs.Jobs;
import io.chorus.api.mention.MentionStore;
import io.chorus.ingest.internal.pipeline.LanguageGuesser;
import io.chorus.ingest.internal.pipeline.MentionPipeline;
import io.chorus.ingest.internal.pipeline.NearDuplicates;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

/** Builds engines the way the component does, with test clocks, jobs and stores. */
final class EngineFixture {

    static final LanguageGuesser LANGUAGES = new LanguageGuesser();

    final List<String> log = new CopyOnWriteArrayList<>();

    IngestEngine engine(Path workspace, Jobs jobs, MentionStore store, Clock clock, Duration pollTimeout) {
        NearDuplicates nearDuplicates = new NearDuplicates(10_000);
        MentionPipeline pipeline = new MentionPipeline(() -> store, () -> null, clock, LANGUAGES, nearDuplicates);
        IngestEngine.Options options = new IngestEngine.Options(pollTimeout, Duration.ofSeconds(5),
                Duration.ofSeconds(30), Duration.ofHours(1), "Chorus/test");
        return new IngestEngine(workspace, jobs, () -> store, pipeline, nearDuplicates,
                new SecretBox(workspace.getParent().resolve("keys").resolve("secrets.key")), clock,
                new SplittableRandom(42), options, new IngestEngine.Log() {
                    @Override
                    public void info(String message) {
                        log.add("INFO " + message);
                    }

                    @Override
                    public void warn(String message) {
                        log.add("WARN " + message);
                    }
                });
    }
}
