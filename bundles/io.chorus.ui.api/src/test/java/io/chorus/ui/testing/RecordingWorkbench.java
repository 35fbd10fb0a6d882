package io.chorus.ui.testing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import io.chorus.ui.api.Workbench;

/**
 * A window for widget tests of views: it writes down the views, editors and commands it was asked for and the status
 * messages shown, and answers {@link #selection()} with what a test put in {@link #selection}.
 */
public final class RecordingWorkbench implements Workbench {

    /** One showView or openEditor call. */
    public record Shown(String viewId, Object input) {
    }

    public final List<Shown> shown = new CopyOnWriteArrayList<>();
    public final List<Shown> editors = new CopyOnWriteArrayList<>();
    public final List<String> commands = new CopyOnWriteArrayList<>();
    public final List<String> statusMessages = new CopyOnWriteArrayList<>();
    public volatile List<?> selection = List.of();
    private final Shell shell;

    public RecordingWorkbench(Shell shell) {
        this.shell = shell;
    }

    @Override
    public Display display() {
        return shell.getDisplay();
    }

    @Override
    public Optional<Shell> shell() {
        return Optional.of(shell);
    }

    @Override
    public List<PerspectiveDescriptor> perspectives() {
        return List.of();
    }

    @Override
    public Optional<String> activePerspective() {
        return Optional.empty();
    }

    @Override
    public void showPerspective(String perspectiveId) {
    }

    @Override
    public void showView(String viewId) {
        shown.add(new Shown(viewId, null));
    }

    @Override
    public void showView(String viewId, Object input) {
        shown.add(new Shown(viewId, input));
    }

    @Override
    public void openEditor(String editorId, Object input) {
        editors.add(new Shown(editorId, input));
    }

    @Override
    public List<?> selection() {
        return selection;
    }

    @Override
    public void executeCommand(String commandId) {
        commands.add(commandId);
    }

    @Override
    public List<String> openViews() {
        return shown.stream().map(Shown::viewId).toList();
    }

    @Override
    public void setStatusMessage(String message) {
        statusMessages.add(message);
    }

    @Override
    public void resetPerspective() {
    }

    @Override
    public void close() {
        shell.close();
    }
}
