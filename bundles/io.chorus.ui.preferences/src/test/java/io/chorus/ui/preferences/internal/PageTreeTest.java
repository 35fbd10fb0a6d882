package io.chorus.ui.preferences.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PageTreeTest {

    private static PageDescriptor page(String id, String label, String category, int order, boolean group) {
        return new PageDescriptor(id, label, category, order, "", group, (parent, site) -> () -> {
        });
    }

    @Test
    void pagesSitUnderTheirCategoryInOrderAndEmptyGroupsAreLeftOut() {
        PageTree tree = new PageTree(List.of(
                page(MetatypePages.WORKBENCH, "Workbench", "", 10, true),
                page(MetatypePages.CONNECTORS, "Connectors", "", 20, true),
                page(MetatypePages.MODULES, "Modules", "", 30, true),
                new PageDescriptor("io.chorus.registry", "Semantic core", MetatypePages.MODULES, 100,
                        "Variant budget", false, (parent, site) -> () -> { }),
                page("acme.appearance", "Appearance", MetatypePages.WORKBENCH, 50, false),
                page("acme.keys", "Keys", MetatypePages.WORKBENCH, 40, false),
                page("acme.orphan", "Orphan", "no.such.category", 100, false),
                page("acme.keys", "Duplicate keys", "", 1, false)), Locale.ENGLISH);
        assertEquals(List.of("Workbench", "Modules", "Orphan"), tree.roots().stream().map(PageDescriptor::label).toList());
        assertEquals(List.of("Keys", "Appearance"),
                tree.children(MetatypePages.WORKBENCH).stream().map(PageDescriptor::label).toList());
        assertEquals(MetatypePages.WORKBENCH, tree.parent(tree.page("acme.keys").orElseThrow()).orElseThrow().id());
        assertTrue(tree.page(MetatypePages.CONNECTORS).isEmpty());

        PageDescriptor modules = tree.page(MetatypePages.MODULES).orElseThrow();
        assertTrue(tree.matches(modules, "budget"), "a group shows while a page under it matches");
        assertFalse(tree.mentions(modules, "budget"));
        assertFalse(tree.matches(tree.page(MetatypePages.WORKBENCH).orElseThrow(), "budget"));
        assertTrue(tree.matches(tree.page("acme.orphan").orElseThrow(), "  "));
    }

    @Test
    void bundlesAreSortedIntoCategoriesByName() {
        assertEquals(MetatypePages.CONNECTORS, MetatypePages.categoryOf("io.chorus.source.mastodon"));
        assertEquals(MetatypePages.WORKBENCH, MetatypePages.categoryOf("io.chorus.ui.workbench"));
        assertEquals(MetatypePages.MODULES, MetatypePages.categoryOf("io.chorus.registry"));
        assertEquals(MetatypePages.MODULES, MetatypePages.categoryOf("com.acme.sourcery"));
    }
}
