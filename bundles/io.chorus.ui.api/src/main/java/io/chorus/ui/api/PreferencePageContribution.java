package io.chorus.ui.api;

import org.eclipse.swt.widgets.Composite;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of the Preferences dialog. Register it annotated with {@link PreferencePage}. Settings that are plain
 * metatype configurations need no page: the dialog renders a form for every designated configuration.
 */
@ConsumerType
public interface PreferencePageContribution {

    /** Builds the page the first time it is shown. Called on the UI thread. */
    PreferencePagePart createPage(Composite parent, PreferenceSite site);
}
