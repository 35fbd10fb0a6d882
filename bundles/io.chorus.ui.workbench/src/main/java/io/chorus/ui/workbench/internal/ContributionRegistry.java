package io.chorus.ui.workbench.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.chorus.ui.api.CommandHandler;
import io.chorus.ui.api.EditorContribution;
import io.chorus.ui.api.PerspectiveContribution;
import io.chorus.ui.api.StatusContribution;
import io.chorus.ui.api.ViewContribution;

/**
 * What installed bundles contribute to the window right now. Services come and go on framework threads; the window
 * reads snapshots on the UI thread and is told to refresh after every change.
 */
final class ContributionRegistry {

    static final String PERSPECTIVE_ID = "chorus.perspective.id";
    static final String PERSPECTIVE_LABEL = "chorus.perspective.label";
    static final String PERSPECTIVE_ORDER = "chorus.perspective.order";
    static final String PERSPECTIVE_DESCRIPTION = "chorus.perspective.description";
    static final String VIEW_ID = "chorus.view.id";
    static final String VIEW_LABEL = "chorus.view.label";
    static final String VIEW_CATEGORY = "chorus.view.category";
    static final String COMMAND_ID = "chorus.command.id";
    static final String COMMAND_LABEL = "chorus.command.label";
    static final String COMMAND_MENU = "chorus.command.menu";
    static final String COMMAND_TOOLBAR = "chorus.command.toolbar";
    static final String COMMAND_KEYS = "chorus.command.keys";
    static final String COMMAND_ORDER = "chorus.command.order";
    static final String VIEW_ICON = "chorus.view.icon";
    static final String COMMAND_ICON = "chorus.command.icon";
    static final String PERSPECTIVE_ICON = "chorus.perspective.icon";
    static final String COMMAND_CONTEXTS = "chorus.command.contexts";
    static final String COMMAND_CATEGORY = "chorus.command.category";
    static final String EDITOR_ID = "chorus.editor.id";
    static final String EDITOR_LABEL = "chorus.editor.label";
    static final String STATUS_ID = "chorus.status.id";
    static final String STATUS_ORDER = "chorus.status.order";

    // Keyed by service id: the oldest registration of an id wins, as with any OSGi service ranking tie.
    private final Map<Long, Contribution<PerspectiveContribution>> perspectives = new ConcurrentSkipListMap<>();
    private final Map<Long, Contribution<ViewContribution>> views = new ConcurrentSkipListMap<>();
    private final Map<Long, Contribution<CommandHandler>> commands = new ConcurrentSkipListMap<>();
    private final Map<Long, Contribution<StatusContribution>> statusItems = new ConcurrentSkipListMap<>();
    private final Map<Long, Contribution<EditorContribution>> editors = new ConcurrentSkipListMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    void addPerspective(Contribution<PerspectiveContribution> contribution) {
        perspectives.put(contribution.serviceId(), contribution);
        changed();
    }

    void removePerspective(long serviceId) {
        if (perspectives.remove(serviceId) != null) {
            changed();
        }
    }

    void addView(Contribution<ViewContribution> contribution) {
        views.put(contribution.serviceId(), contribution);
        changed();
    }

    void removeView(long serviceId) {
        if (views.remove(serviceId) != null) {
            changed();
        }
    }

    void addCommand(Contribution<CommandHandler> contribution) {
        commands.put(contribution.serviceId(), contribution);
        changed();
    }

    void removeCommand(long serviceId) {
        if (commands.remove(serviceId) != null) {
            changed();
        }
    }

    void addStatusItem(Contribution<StatusContribution> contribution) {
        statusItems.put(contribution.serviceId(), contribution);
        changed();
    }

    void removeStatusItem(long serviceId) {
        if (statusItems.remove(serviceId) != null) {
            changed();
        }
    }

    void addEditor(Contribution<EditorContribution> contribution) {
        editors.put(contribution.serviceId(), contribution);
        changed();
    }

    void removeEditor(long serviceId) {
        if (editors.remove(serviceId) != null) {
            changed();
        }
    }

    Optional<Contribution<EditorContribution>> editor(String id) {
        return unique(editors).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Perspectives in switcher order: by order, then label. */
    List<Contribution<PerspectiveContribution>> perspectives() {
        List<Contribution<PerspectiveContribution>> list = unique(perspectives);
        list.sort(Comparator.<Contribution<PerspectiveContribution>>comparingInt(
                c -> c.integer(PERSPECTIVE_ORDER, 100)).thenComparing(c -> c.label(PERSPECTIVE_LABEL)));
        return list;
    }

    Optional<Contribution<PerspectiveContribution>> perspective(String id) {
        return unique(perspectives).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Views by category, then label. */
    List<Contribution<ViewContribution>> views() {
        List<Contribution<ViewContribution>> list = unique(views);
        list.sort(Comparator.<Contribution<ViewContribution>, String>comparing(c -> c.label(VIEW_CATEGORY))
                .thenComparing(c -> c.label(VIEW_LABEL)));
        return list;
    }

    Optional<Contribution<ViewContribution>> view(String id) {
        return unique(views).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Commands by order, then label. */
    List<Contribution<CommandHandler>> commands() {
        List<Contribution<CommandHandler>> list = unique(commands);
        list.sort(Comparator.<Contribution<CommandHandler>>comparingInt(c -> c.integer(COMMAND_ORDER, 100))
                .thenComparing(c -> c.label(COMMAND_LABEL)));
        return list;
    }

    Optional<Contribution<CommandHandler>> command(String id) {
        return unique(commands).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Status items left to right. */
    List<Contribution<StatusContribution>> statusItems() {
        List<Contribution<StatusContribution>> list = unique(statusItems);
        list.sort(Comparator.comparingInt(c -> c.integer(STATUS_ORDER, 100)));
        return list;
    }

    /** One contribution per id, the oldest registration first. */
    private static <T> List<Contribution<T>> unique(Map<Long, Contribution<T>> byServiceId) {
        Map<String, Contribution<T>> byId = new LinkedHashMap<>();
        for (Contribution<T> contribution : byServiceId.values()) {
            byId.putIfAbsent(contribution.id(), contribution);
        }
        return new ArrayList<>(byId.values());
    }
}
