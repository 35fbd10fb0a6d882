package io.chorus.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chorus.api.platform.Capability;
import io.chorus.api.platform.Platform;
import io.chorus.api.platform.PlatformKind;
import io.chorus.api.platform.PlatformProvider;
import io.chorus.api.registry.RegistryException;

class PlatformRegistryServiceTest {

    @TempDir
    Path workspace;

    private final RecordedLog log = new RecordedLog();
    private final AtomicInteger changes = new AtomicInteger();
    private Path file;
    private PlatformRegistryService platforms;

    @BeforeEach
    void openRegistry() {
        file = workspace.resolve("registry/platforms.json");
        platforms = new PlatformRegistryService(file, log.logger);
        platforms.addChangeListener(changes::incrementAndGet);
    }

    /** A connector's contribution, as a record would be. */
    private record Connector(String id, Collection<Platform> platforms) implements PlatformProvider {
    }

    private static Platform platform(String id, String name, Set<Capability> capabilities, String... domains) {
        return new Platform(id, name, PlatformKind.FORUM, List.of("RU"), List.of("ru"), capabilities,
                List.of(domains), 0, "", "ignored");
    }

    private Optional<String> platformOf(String url) {
        return platforms.platformOf(url).map(Platform::id);
    }

    // ---- built in ---------------------------------------------------------------------------------------

    @Test
    void builtInPlatformsAreThereWithoutAnyFileSortedByName() {
        List<Platform> all = platforms.platforms();
        assertEquals(BuiltInPlatforms.ALL.size(), all.size());
        List<String> names = all.stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
        assertEquals(names.stream().sorted().toList(), names);
        assertTrue(all.stream().allMatch(p -> p.origin().equals("built-in") && p.capabilities().isEmpty()),
                "capabilities come from connectors only");
        assertFalse(Files.exists(file), "reading writes nothing");
    }

    @Test
    void builtInIdsAndDomainsAreUniqueAndLowerCase() {
        // A domain listed twice would make platformOf depend on list order.
        Set<String> ids = new HashSet<>();
        Set<String> domains = new HashSet<>();
        for (Platform platform : BuiltInPlatforms.ALL) {
            assertTrue(ids.add(platform.id()), platform.id());
            for (String domain : platform.domains()) {
                assertEquals(domain.toLowerCase(Locale.ROOT), domain);
                assertTrue(domains.add(domain), domain + " is listed twice");
            }
        }
    }

    @Test
    void urlsAreRecognisedByDomainWithSubdomainsAndPaths() {
        assertEquals(Optional.of("vk"), platformOf("https://vk.com/acme"));
        assertEquals(Optional.of("vk"), platformOf("https://m.vk.com/wall-1_2"));
        assertEquals(Optional.of("vk"), platformOf("  HTTPS://VK.COM/Acme  "));
        assertEquals(Optional.of("hackernews"), platformOf("https://news.ycombinator.com/item?id=1"));
        assertEquals(Optional.of("yandex-maps"), platformOf("https://yandex.ru/maps/org/acme/123/reviews"));
        assertEquals(Optional.of("dzen"), platformOf("https://zen.yandex.ru/id/acme"));
        assertEquals(Optional.of("google-maps"), platformOf("https://www.google.com/maps/place/Acme"));
        assertEquals(Optional.of("ixbt"), platformOf("https://forum.ixbt.com/topic.cgi?id=1"));
    }

    @Test
    void urlsOfOtherSitesOrNotUrlsBelongToNoPlatform() {
        assertEquals(Optional.empty(), platformOf("https://notvk.com/acme"), "a suffix is not a subdomain");
        assertEquals(Optional.empty(), platformOf("https://vk.com.evil.example/acme"));
        assertEquals(Optional.empty(), platformOf("https://yandex.ru/search?text=acme"));
        assertEquals(Optional.empty(), platformOf("vk.com/acme"), "without a scheme there is no host");
        assertEquals(Optional.empty(), platformOf("not a url"));
        assertEquals(Optional.empty(), platformOf("http://[broken"));
        assertEquals(Optional.empty(), platformOf(""));
    }

    @Test
    void theMostSpecificDomainWins() throws Exception {
        platforms.save(platform("ixbt-market", "iXBT Market", Set.of(), "forum.ixbt.com/market"));
        assertEquals(Optional.of("ixbt-market"), platformOf("https://forum.ixbt.com/market/sell?id=1"));
        assertEquals(Optional.of("ixbt"), platformOf("https://forum.ixbt.com/topic.cgi?id=1"));
    }

    // ---- connectors ---------------------------------------------------------------------------------------

    @Test
    void connectorsAddPlatformsAndCapabilitiesThatAddUp() {
        Connector vk = new Connector("io.chorus.source.vk", List.of(
                platform("vk", "VK by the connector", Set.of(Capability.MONITOR, Capability.PUBLISH))));
        Connector replies = new Connector("io.chorus.reply.vk", List.of(
                platform("vk", "VK again", Set.of(Capability.REPLY))));
        Connector forum = new Connector("io.chorus.source.phpbb", List.of(
                platform("forum.example", "Example forum", Set.of(Capability.MONITOR), "forum.example")));
        platforms.addProvider(vk);
        platforms.addProvider(replies);
        platforms.addProvider(forum);
        Platform known = platforms.platform("vk").orElseThrow();
        assertEquals("VK", known.name(), "the built-in description stays");
        assertEquals("built-in", known.origin());
        assertEquals(Set.of(Capability.MONITOR, Capability.PUBLISH, Capability.REPLY), known.capabilities());
        Platform added = platforms.platform("forum.example").orElseThrow();
        assertEquals("io.chorus.source.phpbb", added.origin(), "a new platform shows the connector as origin");
        assertEquals(Optional.of("forum.example"), platformOf("https://forum.example/t/1"));
        assertEquals(3, changes.get());

        platforms.removeProvider(vk);
        assertEquals(Set.of(Capability.REPLY), platforms.platform("vk").orElseThrow().capabilities());
        platforms.removeProvider(forum);
        assertEquals(Optional.empty(), platforms.platform("forum.example"));
        assertEquals(5, changes.get());
    }

    @Test
    void aFailingConnectorIsLeftOutAndLogged() {
        platforms.addProvider(new PlatformProvider() {
            @Override
            public String id() {
                return "io.chorus.source.broken";
            }

            @Override
            public Collection<Platform> platforms() {
                throw new IllegalStateException("not configured");
            }
        });
        platforms.addProvider(new Connector("ok", List.of(platform("vk", "VK", Set.of(Capability.MONITOR)))));
        assertEquals(Set.of(Capability.MONITOR), platforms.platform("vk").orElseThrow().capabilities());
        assertTrue(log.errors().contains("The platform provider io.chorus.source.broken failed and is left out:"
                + " java.lang.IllegalStateException: not configured"), log.lines().toString());
    }

    // ---- platforms people define --------------------------------------------------------------------------

    @Test
    void aPlatformPeopleDefineIsSavedInTheWorkspaceAndListed() throws Exception {
        Platform saved = platforms.save(platform("forum.example", "Example forum", Set.of(), "forum.example"));
        assertEquals("user", saved.origin(), "whatever the caller said, it is the user's now");
        assertEquals(1, changes.get());
        String text = Files.readString(file);
        assertTrue(text.contains("\"schema\" : 1") && text.contains("\"id\" : \"forum.example\""), text);
        assertEquals(Optional.of(saved), new PlatformRegistryService(file, log.logger).platform("forum.example"),
                "read back from the file");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of("platforms.json"), files.map(p -> p.getFileName().toString()).toList(),
                    "atomic writes leave no temporary file");
        }
    }

    @Test
    void savingAgainReplacesAndTheFileStaysSortedById() throws Exception {
        platforms.save(platform("zz-forum", "ZZ", Set.of()));
        platforms.save(platform("aa-forum", "AA", Set.of()));
        platforms.save(platform("zz-forum", "ZZ renamed", Set.of()));
        String text = Files.readString(file);
        assertTrue(text.indexOf("aa-forum") < text.indexOf("zz-forum"), text);
        assertFalse(text.contains("\"ZZ\""), text);
        assertEquals("ZZ renamed", platforms.platform("zz-forum").orElseThrow().name());
    }

    @Test
    void peopleMayRedescribeABuiltInPlatformAndDeletingThatBringsItBack() throws Exception {
        platforms.addProvider(new Connector("io.chorus.source.vk", List.of(
                platform("vk", "VK", Set.of(Capability.MONITOR)))));
        platforms.save(new Platform("vk", "ВКонтакте", PlatformKind.SOCIAL_NETWORK, List.of("RU"), List.of("ru"),
                Set.of(Capability.PUBLISH), List.of("vk.com"), 4096, "Our rules", "user"));
        Platform mine = platforms.platform("vk").orElseThrow();
        assertEquals("ВКонтакте", mine.name());
        assertEquals("user", mine.origin());
        assertEquals(Set.of(Capability.MONITOR, Capability.PUBLISH), mine.capabilities(),
                "what connectors can do there still counts");
        platforms.delete("vk");
        assertEquals("VK", platforms.platform("vk").orElseThrow().name());
    }

    @Test
    void onlyPlatformsPeopleDefinedCanBeDeleted() throws Exception {
        RegistryException builtIn = assertThrows(RegistryException.class, () -> platforms.delete("reddit"));
        assertEquals("\"reddit\" is not a platform people defined in " + file + "; built-in and connector platforms"
                + " cannot be deleted", builtIn.getMessage());
        RegistryException unknown = assertThrows(RegistryException.class, () -> platforms.delete("nowhere"));
        assertEquals("\"nowhere\" is not a platform people defined in " + file, unknown.getMessage());
        platforms.save(platform("forum.example", "Example forum", Set.of()));
        platforms.delete("forum.example");
        assertEquals(Optional.empty(), platforms.platform("forum.example"));
        assertEquals(2, changes.get());
    }

    @Test
    void aBrokenFileCostsOnlyItsPlatformsAndIsNeverOverwritten() throws Exception {
        Files.createDirectories(file.getParent());
        String broken = "{\"platforms\": [\n  {\"id\": \"forum.example\", \"kind\": \"chat\"}\n]}";
        Files.writeString(file, broken);
        assertEquals(BuiltInPlatforms.ALL.size(), platforms.platforms().size());
        String problem = file + ":2:35: platforms[0].kind: \"chat\" is not one of \"social-network\", \"forum\"";
        assertTrue(platforms.problems().get(0).startsWith(problem), platforms.problems().toString());
        assertTrue(log.errors().get(0).startsWith(problem) && log.errors().get(0).endsWith("the platforms defined"
                + " there are left out until the file is fixed"), log.errors().toString());

        RegistryException save = assertThrows(RegistryException.class,
                () -> platforms.save(platform("other", "Other", Set.of())));
        assertTrue(save.getMessage().startsWith(problem) && save.getMessage().endsWith("; fix the file first, Chorus"
                + " will not write over it"), save.getMessage());
        assertThrows(RegistryException.class, () -> platforms.delete("forum.example"));
        assertEquals(broken, Files.readString(file));
        assertEquals(0, changes.get());
    }

    @Test
    void aMissingFileIsNoProblem() {
        assertEquals(List.of(), platforms.problems());
    }

    @Test
    void aFailingListenerIsLoggedAndNeitherFailsTheSaveNorSilencesTheOthers() throws Exception {
        List<String> heard = new ArrayList<>();
        platforms.addChangeListener(() -> {
            throw new IllegalStateException("view disposed");
        });
        Runnable later = () -> heard.add("later");
        platforms.addChangeListener(later);
        Platform saved = platforms.save(platform("forum.example", "Example forum", Set.of()));
        assertEquals("forum.example", saved.id());
        assertEquals(List.of("later"), heard);
        assertEquals(List.of("A listener of the platform registry failed: java.lang.IllegalStateException: view"
                + " disposed"), log.errors());
        platforms.removeChangeListener(later);
        platforms.delete("forum.example");
        assertEquals(List.of("later"), heard, "a removed listener hears nothing more");
    }
}
