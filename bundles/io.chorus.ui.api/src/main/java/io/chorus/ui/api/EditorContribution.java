package io.chorus.ui.api;

import org.eclipse.swt.widgets.Composite;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of editor: opens a document (a semantic core, a campaign, a post) in the main area with dirty state, save,
 * undo and redo. Register it as a component annotated with {@link Editor}.
 */
@ConsumerType
public interface EditorContribution {

    /**
     * Opens one document. Called on the UI thread; load slow documents in a job and fill the controls later.
     *
     * @param parent where to build the controls ({@code FillLayout})
     * @param site   dirty state, undo history and the window
     * @param input  what {@link Workbench#openEditor} was given
     * @throws Exception when the document cannot be opened; the message is shown to the user
     */
    EditorPart createEditor(Composite parent, EditorSite site, Object input) throws Exception;
}
