package io.chorus.ui.api;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The Chorus window, as a service. Its methods may be called from any thread: changes are carried out on the UI
 * thread, queries wait for it.
 */
@ProviderType
public interface Workbench {

    /** The display the window runs on. */
    Display display();

    /** The window's shell, once it is open. */
    Optional<Shell> shell();

    /** The perspectives in switcher order. */
    List<PerspectiveDescriptor> perspectives();

    /** The perspective on show. */
    Optional<String> activePerspective();

    /** Switches to a perspective; unknown ids are ignored. */
    void showPerspective(String perspectiveId);

    /** Opens a view in the active perspective, or brings it to the front. */
    void showView(String viewId);

    /** Opens a view and gives it an input (see {@link ViewPart#setInput}). */
    void showView(String viewId, Object input);

    /**
     * Opens an editor on a document, or brings the editor already open on an equal input to the front.
     *
     * @param editorId the editor's {@link Editor#id()}
     * @param input    the document, as the editor understands it (a brand id, a campaign file)
     */
    void openEditor(String editorId, Object input);

    /** What is selected in the active view or editor, as it told {@link ViewSite#setSelection}. */
    List<?> selection();

    /** Runs a command by id, as the menu would; unknown or disabled commands are ignored. */
    void executeCommand(String commandId);

    /** The views open in the active perspective. */
    List<String> openViews();

    /** Shows a short message in the status bar. */
    void setStatusMessage(String message);

    /** Puts the active perspective's views back where the perspective first placed them. */
    void resetPerspective();

    /** Closes the window, which ends the workbench. */
    void close();

    /**
     * A perspective as the switcher shows it.
     *
     * @param id          its id
     * @param label       its translated label
     * @param description its translated description, possibly empty
     * @param order       its position
     */
    record PerspectiveDescriptor(String id, String label, String description, int order) {
    }
}
