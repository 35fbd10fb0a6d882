package io.chorus.ui.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Does what a command says. Register it as a component annotated with {@link Command}; the workbench shows it in
 * the menu, toolbar and key bindings the annotation names.
 */
@ConsumerType
public interface CommandHandler {

    /**
     * Runs the command on the UI thread. Long work belongs in a background job; a failure thrown here is shown to
     * the user with its message.
     */
    void execute(Workbench workbench) throws Exception;

    /** Whether the command can run now; the workbench greys it out otherwise. */
    default boolean isEnabled(Workbench workbench) {
        return true;
    }
}
