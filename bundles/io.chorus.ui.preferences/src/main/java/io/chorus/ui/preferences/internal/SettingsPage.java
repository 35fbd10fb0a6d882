package io.chorus.ui.preferences.internal;

import java.util.Hashtable;
import java.util.Locale;
import java.util.concurrent.Executor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

import io.chorus.ui.api.PreferencePagePart;
import io.chorus.ui.api.PreferenceSite;
import io.chorus.ui.api.Texts;
import io.chorus.ui.preferences.internal.form.SettingException;
import io.chorus.ui.preferences.internal.form.SettingsForm;
import io.chorus.ui.preferences.internal.form.SettingsSchema;

/**
 * A page generated from a configuration's metatype. The stored values are read in the background (the form stays
 * disabled until they arrive); only a changed form is written on Apply.
 */
final class SettingsPage implements PreferencePagePart {

    private final java.util.Set<String> secretIds;

    private final String pid;
    private final ConfigStore store;
    private final SettingsForm form;
    private final ScrolledComposite scrolled;

    SettingsPage(Composite parent, PreferenceSite site, String pid, SettingsSchema schema, ConfigStore store,
                 Texts texts, Locale locale, Executor background) {
        this.pid = pid;
        this.store = store;
        scrolled = PageParts.scrolled(parent, schema.description(), 1);
        Composite content = (Composite) scrolled.getContent();
        form = new SettingsForm(content, schema, texts, locale, site::setError);
        secretIds = schema.secretIds();
        form.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        PageParts.where(content, texts.format("page.pid", pid), 1);
        scrolled.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        form.control().setEnabled(false);
        PageParts.load(background, scrolled, pid, texts, site, () -> store.read(pid), values -> {
            form.show(values);
            form.control().setEnabled(true);
        });
    }

    @Override
    public void apply() throws Exception {
        if (!form.isDirty()) {
            return;
        }
        Hashtable<String, Object> properties;
        try {
            properties = form.dictionary();
        } catch (SettingException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        // On the UI thread on purpose: Apply must tell the dialog at once whether it worked, and Configuration
        // Admin only persists one small file here (delivery to the component is asynchronous).
        store.write(pid, properties, secretIds);
        form.stored(properties);
    }

    @Override
    public void restoreDefaults() {
        if (form.control().isEnabled()) {
            form.restoreDefaults();
        }
    }

    /** The form, for tests. */
    SettingsForm form() {
        return form;
    }
}
