package io.chorus.ui.api;

import org.osgi.annotation.versioning.ConsumerType;

/** One open document. The workbench asks to save it on Ctrl+S, on close and on exit when it is dirty. */
@ConsumerType
public interface EditorPart extends ViewPart {

    /** The tab title: the document's name. */
    String title();

    /**
     * Writes the document. Called on the UI thread; keep it short (an atomic file write). On success the workbench
     * marks the undo history saved.
     *
     * @throws Exception when it cannot be saved; the document stays dirty and the message is shown
     */
    void save() throws Exception;
}
