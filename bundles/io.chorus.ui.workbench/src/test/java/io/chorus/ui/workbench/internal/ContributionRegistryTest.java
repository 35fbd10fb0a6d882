package io.chorus.ui.workbench.internal;

import io.chorus.ui.api.Texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.chorus.ui.api.PerspectiveContribution;
import io.chorus.ui.api.ViewContribution;

class ContributionRegistryTest {

    private static final Texts NO_TRANSLATIONS = new Texts(name -> null, Locale.ENGLISH);

    private static Contribution<PerspectiveContribution> perspective(long serviceId, String id, String label,
                                                                     int order) {
        return new Contribution<>(id, Map.of(ContributionRegistry.PERSPECTIVE_ID, id,
                ContributionRegistry.PERSPECTIVE_LABEL, label, ContributionRegistry.PERSPECTIVE_ORDER, order),
                () -> List::of, NO_TRANSLATIONS, serviceId);
    }

    @Test
    void perspectivesAreOrderedAndTheOldestRegistrationOfAnIdWins() {
        ContributionRegistry registry = new ContributionRegistry();
        registry.addPerspective(perspective(7, "smm", "SMM", 30));
        registry.addPerspective(perspective(3, "overview", "Overview", 0));
        registry.addPerspective(perspective(9, "crowd", "Crowd", 30));
        registry.addPerspective(perspective(12, "smm", "SMM again", 1));
        List<String> labels = registry.perspectives().stream()
                .map(c -> c.label(ContributionRegistry.PERSPECTIVE_LABEL)).toList();
        assertEquals(List.of("Overview", "Crowd", "SMM"), labels);

        registry.removePerspective(7);
        assertEquals("SMM again", registry.perspective("smm").orElseThrow().label(
                ContributionRegistry.PERSPECTIVE_LABEL), "the next registration takes over the id");
    }

    @Test
    void everyChangeNotifiesListenersAndUnknownRemovalsDoNot() {
        ContributionRegistry registry = new ContributionRegistry();
        AtomicInteger changes = new AtomicInteger();
        registry.addListener(changes::incrementAndGet);
        ViewContribution view = (parent, site) -> null;
        registry.addView(new Contribution<>("v", Map.of(ContributionRegistry.VIEW_ID, "v"), () -> view,
                NO_TRANSLATIONS, 1));
        registry.removeView(42);
        registry.removeView(1);
        assertEquals(2, changes.get());
        assertTrue(registry.views().isEmpty());
    }
}
