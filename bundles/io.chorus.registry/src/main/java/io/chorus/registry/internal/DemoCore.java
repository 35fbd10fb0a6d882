package io.chorus.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.log.Logger;

import io.chorus.api.registry.Brand;
import io.chorus.api.registry.RegistryException;
import io.chorus.registry.internal.transfer.SemanticCoreTransfer;

/**
 * The sample semantic cores of the demo workspace: three made-up brands (English and Russian, Russian, Japanese)
 * with entries, reviewed variants, rules and channels, so every view has something to show on the first start.
 * They are put in once: a marker remembers it, so brands people delete stay deleted.
 */
final class DemoCore {

    static final String RESOURCE = "/demo/semantic-core.json";
    static final String MARKER = "registry/.demo-seeded";

    private DemoCore() {
    }

    /** Puts the sample brands into an empty demo workspace, once. */
    static void seed(Path workspace, KeywordRegistryService registry, Logger logger) {
        Path marker = workspace.resolve(MARKER);
        if (Files.exists(marker) || !registry.brands().isEmpty()) {
            return;
        }
        try (InputStream in = DemoCore.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                logger.warn("The demo semantic core {} is missing from the registry bundle", RESOURCE);
                return;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importJson(Path.of("demo.json"), text,
                    registry.brands());
            if (!plan.isValid()) {
                logger.error("The demo semantic core does not read: {}", String.join("; ", plan.problems()));
                return;
            }
            for (Brand brand : plan.brands()) {
                registry.save(brand);
            }
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "The demo brands were put here once; delete this file to get them back.\n");
        } catch (IOException | RegistryException e) {
            logger.warn("The demo brands could not be put into the demo workspace: {}", e.getMessage());
        }
    }
}
