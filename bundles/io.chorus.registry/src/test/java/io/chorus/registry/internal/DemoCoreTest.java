package io.chorus.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chorus.api.platform.ChannelKind;
import io.chorus.api.query.Reference;
import io.chorus.api.query.Span;
import io.chorus.api.registry.Brand;
import io.chorus.query.internal.ChorusQueryLanguage;
import io.chorus.registry.internal.store.BrandStore;

class DemoCoreTest {

    @TempDir
    Path workspace;

    private final RecordedLog log = new RecordedLog();

    private KeywordRegistryService registry() {
        return new KeywordRegistryService(new BrandStore(workspace, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)),
                log.logger, 20);
    }

    @Test
    void theDemoWorkspaceGetsThreeBrandsWhoseRulesAllParseAndExpand() throws Exception {
        KeywordRegistryService registry = registry();
        DemoCore.seed(workspace, registry, log.logger);
        List<Brand> brands = registry.brands();
        assertEquals(List.of("acme", "romashka", "sakura"), brands.stream().map(Brand::id).toList());
        Brand acme = registry.brand("acme").orElseThrow();
        assertTrue(acme.entries().size() > 10);
        assertTrue(acme.channels().stream().anyMatch(c -> c.kind() == ChannelKind.PERSONA));
        ChorusQueryLanguage language = new ChorusQueryLanguage();
        for (Brand brand : brands) {
            language.expand(language.parse("@" + brand.id()), registry::resolve);
            for (var rule : brand.rules()) {
                language.expand(language.parse(rule.query()), registry::resolve);
            }
        }
        assertTrue(language.format(registry.resolve(new Reference("acme", null, Span.NONE))).contains("Акме"),
                "accepted variants are part of the brand");
        assertEquals(List.of(), log.lines(), "the demo core reads without a complaint");
    }

    @Test
    void theBrandsArePutInOnceSoDeletedOnesStayDeleted() throws Exception {
        KeywordRegistryService registry = registry();
        DemoCore.seed(workspace, registry, log.logger);
        for (Brand brand : registry.brands()) {
            registry.delete(brand.id());
        }
        DemoCore.seed(workspace, registry, log.logger);
        assertTrue(registry.brands().isEmpty());
        assertTrue(Files.exists(workspace.resolve(DemoCore.MARKER)));
    }
}
