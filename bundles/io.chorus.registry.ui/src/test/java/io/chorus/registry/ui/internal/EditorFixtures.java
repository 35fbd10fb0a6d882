package io.chorus.registry.ui.internal;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.log.Logger;

import io.chorus.api.registry.Brand;
import io.chorus.api.registry.BrandRole;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.MatchOptions;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantStatus;
import io.chorus.registry.internal.KeywordRegistryService;
import io.chorus.registry.internal.store.BrandStore;
import io.chorus.ui.api.EditHistory;
import io.chorus.ui.api.EditorSite;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.Workbench;

/** A real keyword registry on a temporary workspace, this bundle's English texts, and a recording editor site. */
final class EditorFixtures {

    private EditorFixtures() {
    }

    static Texts english() {
        return new Texts(name -> EditorFixtures.class.getClassLoader().getResource(name), Locale.ENGLISH);
    }

    /** The registry as the runtime makes it, without OSGi; failures it logs go to stderr. */
    static KeywordRegistryService registry(Path workspace) {
        Logger logger = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("error") || method.getName().startsWith("warn")) {
                        System.err.println(method.getName() + ": " + java.util.Arrays.toString(args));
                    }
                    return method.getReturnType() == boolean.class ? Boolean.FALSE : null;
                });
        return new KeywordRegistryService(new BrandStore(workspace,
                Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC)), logger, 20);
    }

    static KeywordEntry entry(String id, EntryType type, String text, Variant... variants) {
        return new KeywordEntry(id, type, text, List.of("en"), MatchOptions.EXACT, Set.of(), "", List.of(variants),
                KeywordEntry.USER);
    }

    static Brand acme() {
        return new Brand("acme", "Acme Robotics", BrandRole.OWN, List.of("en", "ru"), List.of(
                entry("acme", EntryType.BRAND_NAME, "Acme",
                        new Variant("Акме", "transliteration", "Russian spelling", 0.8, VariantStatus.SUGGESTED),
                        new Variant("Фсьу", "keyboard-layout", "typed with the Russian layout", 0.6,
                                VariantStatus.SUGGESTED)),
                entry("robovac-x200", EntryType.PRODUCT, "RoboVac X200"),
                entry("vacuum", EntryType.CONTEXT, "vacuum"),
                entry("cartoon", EntryType.EXCLUSION, "acme corporation cartoon")), List.of(), List.of(), "");
    }

    /** An editor site with a real undo stack that remembers what the editor told the window. */
    static final class RecordingSite implements EditorSite {
        final TestHistory history = new TestHistory();
        final List<String> statusMessages = new ArrayList<>();
        final List<String> openedEditors = new ArrayList<>();
        volatile List<?> selection = List.of();
        final Workbench workbench = (Workbench) Proxy.newProxyInstance(Workbench.class.getClassLoader(),
                new Class<?>[] {Workbench.class}, (proxy, method, args) -> {
                    if (method.getName().equals("openEditor")) {
                        openedEditors.add(args[0] + " " + args[1]);
                    }
                    return method.getName().equals("shell") ? java.util.Optional.empty() : null;
                });

        @Override
        public EditHistory history() {
            return history;
        }

        @Override
        public String viewId() {
            return SemanticCoreEditor.ID;
        }

        @Override
        public Workbench workbench() {
            return workbench;
        }

        @Override
        public void setStatusMessage(String message) {
            statusMessages.add(message);
        }

        @Override
        public void setSelection(List<?> newSelection) {
            selection = List.copyOf(newSelection);
        }
    }
}
