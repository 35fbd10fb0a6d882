package io.chorus.ingest.internal;

import io.chorus.api.ingest.SourceConfig;
import io.chorus.api.mention.MentionStore;
import io.chorus.api.mention.StoredMention;
import io.chorus.index.internal.store.LuceneMentionStore;
import io.chorus.query.internal.ChorusQueryLanguage;
import io.chorus.runtime.internal.jobs.JobsService;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The process {@link KillTest} kills: ingest with the real Lucene store, polling a local API. Prints "ACK key" for
 * every mention once store() returned it, and "DONE" when the store holds every item.
 */
public final class KillTestChild {

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        String api = args[1];
        int expected = Integer.parseInt(args[2]);
        Clock clock = Clock.systemUTC();
        LuceneMentionStore lucene = new LuceneMentionStore(workspace.resolve(".chorus/index/mentions"), clock,
                new ChorusQueryLanguage(), null);
        lucene.open();
        MentionStore acking = acking(lucene);
        JobsService jobs = new JobsService(clock, 2);
        IngestEngine engine = new EngineFixture().engine(workspace, jobs, acking, clock, Duration.ofSeconds(30));
        engine.start();
        engine.connectorAdded(new IngestEngine.Installed(new HttpPagedConnector(), Optional::empty));
        if (engine.get("api").isEmpty()) {
            engine.save(new SourceConfig("api", "paged-json", "Local API", false, Duration.ofMinutes(1),
                    Map.of("api", api)));
        }
        while (lucene.size() < expected) {
            Thread.onSpinWait();
        }
        System.out.println("DONE " + lucene.size());
        System.out.flush();
        engine.close();
        jobs.close();
        lucene.close();
    }

    /** The store, acknowledging on stdout what store() returned. */
    @SuppressWarnings("unchecked")
    private static MentionStore acking(MentionStore store) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            try {
                Object result = method.invoke(store, arguments);
                if (method.getName().equals("store")) {
                    StringBuilder acks = new StringBuilder();
                    for (StoredMention mention : (List<StoredMention>) result) {
                        acks.append("ACK ").append(mention.key()).append('\n');
                    }
                    System.out.print(acks);
                    System.out.flush();
                }
                return result;
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (MentionStore) Proxy.newProxyInstance(KillTestChild.class.getClassLoader(),
                new Class<?>[] {MentionStore.class}, handler);
    }

    private KillTestChild() {
    }

}
