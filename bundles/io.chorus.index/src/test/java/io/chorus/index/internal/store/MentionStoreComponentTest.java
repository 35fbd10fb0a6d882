package io.chorus.index.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.StoredMention;
import io.chorus.api.query.Reference;
import io.chorus.api.registry.KeywordRegistry;
import io.chorus.api.runtime.ChorusRuntime;
import io.chorus.api.runtime.Workspace;
import io.chorus.query.internal.ChorusQueryLanguage;

class MentionStoreComponentTest {

    @TempDir
    Path workspace;

    @Test
    void opensInTheWorkspaceInTheBackgroundAndTellsListenerServices() throws Exception {
        ChorusRuntime runtime = (ChorusRuntime) Proxy.newProxyInstance(ChorusRuntime.class.getClassLoader(),
                new Class<?>[] {ChorusRuntime.class}, (proxy, method, args) -> {
                    if (method.getName().equals("workspace")) {
                        return new Workspace(workspace, "test", false, 1);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        ChorusQueryLanguage language = new ChorusQueryLanguage();
        // the registry resolves @hello to the words of its core, as KeywordRegistry does
        KeywordRegistry registry = (KeywordRegistry) Proxy.newProxyInstance(KeywordRegistry.class.getClassLoader(),
                new Class<?>[] {KeywordRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("resolve") && ((Reference) args[0]).brand().equals("hello")) {
                        return language.parse("hello OR привет");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        MentionStoreComponent component = new MentionStoreComponent(runtime, language,
                new StoreFixtures.WordMatcher(), registry, null);
        List<String> heard = new CopyOnWriteArrayList<>();
        CountDownLatch told = new CountDownLatch(1);
        component.addListener(mentions -> {
            mentions.forEach(m -> heard.add(m.key()));
            told.countDown();
        });
        try {
            component.ready().toCompletableFuture().get(60, TimeUnit.SECONDS);
            assertTrue(component.isReady());
            StoredMention mention = StoreFixtures.mention("1", Instant.parse("2026-01-01T00:00:00Z"), "hello");
            assertEquals(List.of(mention), component.store(List.of(mention)));
            assertTrue(told.await(30, TimeUnit.SECONDS));
            assertEquals(List.of("vk:1"), heard);
            assertTrue(Files.isDirectory(workspace.resolve(".chorus/index/mentions/journal")));
            assertEquals(1, component.search(MentionSearch.query("@hello")).total(),
                    "a brand reference in the search text is resolved through the registry");
        } finally {
            component.deactivate();
        }
    }
}
