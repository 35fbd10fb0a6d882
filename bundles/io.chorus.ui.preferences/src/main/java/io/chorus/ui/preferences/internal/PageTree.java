package io.chorus.ui.preferences.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pages as a tree: children under the page their category names (an unknown category puts a page at the top),
 * siblings by order then label, groups without pages left out, the first page of an id wins.
 */
final class PageTree {

    private final Map<String, PageDescriptor> pages = new LinkedHashMap<>();
    private final Map<String, List<PageDescriptor>> children = new LinkedHashMap<>();
    private final List<PageDescriptor> roots = new ArrayList<>();
    private final Locale locale;

    PageTree(Collection<PageDescriptor> all, Locale locale) {
        this.locale = locale;
        Map<String, PageDescriptor> unique = new LinkedHashMap<>();
        for (PageDescriptor page : all) {
            unique.putIfAbsent(page.id(), page);
        }
        Collator collator = Collator.getInstance(locale);
        Comparator<PageDescriptor> order = Comparator.comparingInt(PageDescriptor::order)
                .thenComparing(PageDescriptor::label, collator);
        List<PageDescriptor> sorted = unique.values().stream().sorted(order).toList();
        for (PageDescriptor page : sorted) {
            if (unique.containsKey(page.category()) && !page.category().equals(page.id())) {
                children.computeIfAbsent(page.category(), k -> new ArrayList<>()).add(page);
            }
        }
        for (PageDescriptor page : sorted) {
            if (!unique.containsKey(page.category()) || page.category().equals(page.id())) {
                roots.add(page);
            }
        }
        // groups with nothing in them (no connector installed) are not worth a node
        roots.removeIf(page -> page.group() && !children.containsKey(page.id()));
        for (PageDescriptor page : sorted) {
            if (reachable(page)) {
                pages.put(page.id(), page);
            }
        }
    }

    private boolean reachable(PageDescriptor page) {
        PageDescriptor current = page;
        for (int depth = 0; depth < 32; depth++) {
            if (roots.contains(current)) {
                return true;
            }
            PageDescriptor parent = find(current.category()).orElse(null);
            if (parent == null) {
                return false;
            }
            current = parent;
        }
        return false; // a cycle of categories
    }

    private Optional<PageDescriptor> find(String id) {
        return roots.stream().filter(p -> p.id().equals(id)).findFirst().or(() -> children.values().stream()
                .flatMap(List::stream).filter(p -> p.id().equals(id)).findFirst());
    }

    List<PageDescriptor> roots() {
        return List.copyOf(roots);
    }

    List<PageDescriptor> children(String id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    Optional<PageDescriptor> page(String id) {
        return Optional.ofNullable(pages.get(id));
    }

    Optional<PageDescriptor> parent(PageDescriptor page) {
        PageDescriptor parent = pages.get(page.category());
        return parent == null || roots.contains(page) ? Optional.empty() : Optional.of(parent);
    }

    /** Every page in tree order (depth first). */
    List<PageDescriptor> all() {
        List<PageDescriptor> result = new ArrayList<>();
        for (PageDescriptor root : roots) {
            collect(root, result, 0);
        }
        return result;
    }

    private void collect(PageDescriptor page, List<PageDescriptor> result, int depth) {
        result.add(page);
        if (depth < 32) {
            for (PageDescriptor child : children(page.id())) {
                collect(child, result, depth + 1);
            }
        }
    }

    /** Whether the page or one of the pages under it mentions the filter (case-insensitive); blank shows all. */
    boolean matches(PageDescriptor page, String filter) {
        String wanted = filter == null ? "" : filter.strip().toLowerCase(locale);
        return wanted.isEmpty() || matches(page, wanted, 0);
    }

    /** Whether the page itself (not only a page under it) mentions the filter. */
    boolean mentions(PageDescriptor page, String filter) {
        String wanted = filter == null ? "" : filter.strip().toLowerCase(locale);
        return (page.label() + "\n" + page.keywords()).toLowerCase(locale).contains(wanted);
    }

    private boolean matches(PageDescriptor page, String wanted, int depth) {
        if (mentions(page, wanted)) {
            return true;
        }
        return depth < 32 && children(page.id()).stream().anyMatch(child -> matches(child, wanted, depth + 1));
    }
}
