package io.chorus.ui.preferences.internal;

import io.chorus.api.ingest.Secrets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.chorus.ui.preferences.internal.ConfigStore.FactoryEntry;
import io.chorus.ui.preferences.internal.form.SettingsSchema;
import io.chorus.ui.preferences.internal.form.TestMetatype;

/** Factory configurations (one per account) in Configuration Admin, and which factory PIDs get a page. */
class ConfigStoreTest {

    private static final java.util.Set<String> SECRET = java.util.Set.of("accessToken");

    private static final String ACCOUNT = "io.chorus.source.mastodon.account";

    private final InMemoryConfigurationAdmin admin = new InMemoryConfigurationAdmin();
    private final Secrets secrets = TestSecrets.create();
    private final ConfigStore store = new ConfigStore(admin, secrets);

    @Test
    void listsOnlyTheConfigurationsOfTheFactoryInNameOrder() throws IOException {
        admin.putFactory(ACCOUNT, "account-10", Map.of("instanceUrl", "https://c.example"));
        admin.putFactory(ACCOUNT, "account-2", Map.of("instanceUrl", "https://b.example"));
        admin.putFactory(ACCOUNT + ".other", "account-1", Map.of("instanceUrl", "https://x.example"));
        admin.put(ACCOUNT, Map.of("instanceUrl", "https://singleton.example"));
        List<FactoryEntry> entries = store.list(ACCOUNT);
        assertEquals(List.of(ACCOUNT + "~account-2", ACCOUNT + "~account-10"),
                entries.stream().map(FactoryEntry::pid).toList());
        assertEquals(List.of("account-2", "account-10"), entries.stream().map(FactoryEntry::name).toList());
        assertEquals("https://b.example", entries.get(0).properties().get("instanceUrl"));
        assertEquals(Set.of("account-2", "account-10"), store.names(ACCOUNT));
        assertEquals("account-1", ConfigStore.freeName("account-", store.names(ACCOUNT)));
        assertEquals("account-3", ConfigStore.freeName("account-", Set.of("account-1", "account-2")));
    }

    @Test
    void createsUpdatesAndDeletesFactoryConfigurations() throws IOException {
        String pid = store.create(ACCOUNT, "account-1", new Hashtable<>(Map.of("accessToken", "t")), SECRET);
        assertEquals(ACCOUNT + "~account-1", pid);
        assertEquals(Map.of("accessToken", "t", "service.pid", pid, "service.factoryPid", ACCOUNT),
                TestSecrets.opened(secrets, admin.stored(pid), "accessToken"), "stored sealed, opens to what was typed");

        String sealedBefore = (String) admin.stored(pid).get("accessToken");
        store.update(ACCOUNT, pid, new Hashtable<>(Map.of("accessToken", sealedBefore, "instanceUrl", "x")), SECRET,
                "gone");
        assertEquals(sealedBefore, admin.stored(pid).get("accessToken"), "a stored secret is not sealed twice");
        store.update(ACCOUNT, pid, new Hashtable<>(Map.of("accessToken", "u")), SECRET, "gone");
        assertEquals("u", secrets.open((String) admin.stored(pid).get("accessToken")));

        store.delete(ACCOUNT, pid);
        assertEquals(List.of(pid), admin.deleted);
        assertEquals(List.of(), store.list(ACCOUNT));
        IOException gone = assertThrows(IOException.class,
                () -> store.update(ACCOUNT, pid, new Hashtable<>(Map.of("accessToken", "v")), SECRET,
                        "it is gone"));
        assertEquals("it is gone", gone.getMessage());
        assertEquals(null, admin.stored(pid), "an update never brings a deleted account back as a singleton");
    }

    @Test
    void filterValuesAreEscaped() throws IOException {
        String odd = "acme.(weird)*pid";
        admin.putFactory(odd, "a", Map.of("x", "1"));
        admin.putFactory("acme.other", "b", Map.of("x", "2"));
        assertEquals(List.of(odd + "~a"), store.list(odd).stream().map(FactoryEntry::pid).toList());
    }

    @Test
    void sourceSettingsGetNoPageAndAccountsDo() {
        MetatypePages.Designation account = new MetatypePages.Designation("io.chorus.source.mastodon", ACCOUNT,
                SettingsSchema.of(TestMetatype.mastodonAccount()), true);
        MetatypePages.Designation source = new MetatypePages.Designation("io.chorus.source.mastodon",
                "io.chorus.source.mastodon", SettingsSchema.of(TestMetatype.mastodonSource()), true);
        MetatypePages.Designation module = new MetatypePages.Designation("io.chorus.registry", "io.chorus.registry",
                SettingsSchema.of(TestMetatype.semanticCore()));
        MetatypePages.Designation bluesky = new MetatypePages.Designation("io.chorus.source.bluesky",
                "io.chorus.source.bluesky.account", SettingsSchema.of(TestMetatype.blueskyAccount()), true);
        List<MetatypePages.Designation> all = List.of(account, source, module, bluesky);
        assertEquals(List.of(account, module, bluesky),
                MetatypePages.editable(all, Set.of("io.chorus.source.mastodon", "io.chorus.source.bluesky")));
        assertEquals(List.of(module), MetatypePages.editable(all, null),
                "without the Sources service no factory PID can be told apart from a source");
    }

    @Test
    void withoutTheSecretBoxASecretIsRefusedNotWrittenInClear() {
        ConfigStore unsafe = new ConfigStore(admin, null);
        IOException refused = assertThrows(IOException.class, () -> unsafe.create(ACCOUNT, "account-9",
                new Hashtable<>(Map.of("accessToken", "t")), SECRET));
        assertTrue(refused.getMessage().contains("cannot be stored safely"), refused.getMessage());
    }
}
