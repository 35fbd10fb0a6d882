package io.chorus.ui.preferences.internal.form;

import java.util.Dictionary;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.chorus.ui.api.Texts;
import io.chorus.ui.preferences.internal.form.SettingField.Choice;
import io.chorus.ui.preferences.internal.form.SettingField.Kind;

/**
 * Widgets for a {@link SettingsSchema}: one row per field (text, number, check box, read-only choice, masked secret,
 * one value per line for lists), the description as tooltip and hint, required fields marked with {@code *}. Every
 * change is checked at once and reported to the listener; a stored secret is never put into a widget, and stays as
 * it is unless the user types a new one. Each widget carries {@code chorus.widget = setting-<id>} for tests.
 */
public final class SettingsForm {

    /** Widget data key naming a control for window tests. */
    public static final String WIDGET = "chorus.widget";

    /** What a stored secret shows; the secret itself never reaches the widget. */
    static final String MASK = "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022";

    private final SettingsSchema schema;
    private final Texts texts;
    private final Locale locale;
    private final Consumer<String> errors;
    private final Composite body;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Set<String> untouchedSecrets = new HashSet<>();
    private final Font hintFont;
    private Dictionary<String, ?> stored = new Hashtable<>();
    private boolean filling;
    private boolean dirty;
    private String error;

    /**
     * @param errors told the first mistake after every change, or null once the form is valid
     */
    public SettingsForm(Composite parent, SettingsSchema schema, Texts texts, Locale locale, Consumer<String> errors) {
        this.schema = schema;
        this.texts = texts;
        this.locale = locale;
        this.errors = errors;
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        FontData[] data = parent.getFont().getFontData();
        for (FontData each : data) {
            each.setHeight(Math.max(6, each.getHeight() - 1));
        }
        hintFont = new Font(parent.getDisplay(), data);
        body.addListener(SWT.Dispose, e -> hintFont.dispose());
        for (SettingField field : schema.fields()) {
            row(field);
        }
    }

    /** The form's composite, for layout data. */
    public Composite control() {
        return body;
    }

    private void row(SettingField field) {
        String name = field.name() + (field.required() ? " *" : "");
        Control control;
        if (field.kind() == Kind.BOOLEAN && !field.multiple()) {
            new Label(body, SWT.NONE);
            Button check = new Button(body, SWT.CHECK);
            check.setText(name);
            check.addListener(SWT.Selection, e -> changed(field));
            control = check;
        } else {
            Label label = new Label(body, SWT.NONE);
            label.setText(name + ":");
            label.setToolTipText(field.description());
            label.setLayoutData(new GridData(SWT.FILL, field.multiple() ? SWT.TOP : SWT.CENTER, false, false));
            if (field.kind() == Kind.CHOICE) {
                Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
                for (Choice choice : field.choices()) {
                    combo.add(choice.label());
                }
                combo.addListener(SWT.Selection, e -> changed(field));
                control = combo;
            } else {
                int style = SWT.BORDER | (field.kind() == Kind.SECRET ? SWT.PASSWORD : 0)
                        | (field.multiple() ? SWT.MULTI | SWT.V_SCROLL | SWT.WRAP : SWT.SINGLE);
                Text text = new Text(body, style);
                text.addListener(SWT.Modify, e -> changed(field));
                if (field.kind() == Kind.SECRET) {
                    // the first key replaces the mask instead of appending to it
                    text.addListener(SWT.FocusIn, e -> {
                        if (untouchedSecrets.contains(field.id())) {
                            text.selectAll();
                        }
                    });
                }
                control = text;
            }
            GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
            layout.widthHint = 320;
            if (field.multiple()) {
                layout.heightHint = 4 * ((Text) control).getLineHeight();
            }
            control.setLayoutData(layout);
        }
        control.setToolTipText(field.description());
        control.setData(WIDGET, "setting-" + field.id());
        controls.put(field.id(), control);
        String hintText = hint(field);
        if (!hintText.isEmpty()) {
            new Label(body, SWT.NONE);
            Label hint = new Label(body, SWT.WRAP);
            hint.setText(hintText);
            hint.setFont(hintFont);
            hint.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
            layout.widthHint = 320;
            hint.setLayoutData(layout);
        }
    }

    private String hint(SettingField field) {
        String description = field.description();
        if (field.multiple()) {
            String onePerLine = texts.get("form.onePerLine");
            return description.isEmpty() ? onePerLine : description + "\n" + onePerLine;
        }
        return description;
    }

    /** Shows stored values; fields with nothing stored show their defaults. Not a change. */
    public void show(Dictionary<String, ?> values) {
        stored = values == null ? new Hashtable<>() : values;
        filling = true;
        try {
            untouchedSecrets.clear();
            for (SettingField field : schema.fields()) {
                Object value = stored.get(field.id());
                if (field.kind() == Kind.SECRET && value != null && !SettingsSchema.text(value).isEmpty()) {
                    ((Text) controls.get(field.id())).setText(MASK);
                    untouchedSecrets.add(field.id());
                } else {
                    put(field, value == null ? SettingsSchema.defaultText(field) : SettingsSchema.text(value));
                }
            }
        } finally {
            filling = false;
        }
        dirty = false;
        setError(null);
    }

    /** Puts every field's default in (secrets are emptied); stored on the next apply. */
    public void restoreDefaults() {
        filling = true;
        try {
            untouchedSecrets.clear();
            for (SettingField field : schema.fields()) {
                put(field, SettingsSchema.defaultText(field));
            }
        } finally {
            filling = false;
        }
        dirty = true;
        validate();
    }

    private void put(SettingField field, String text) {
        Control control = controls.get(field.id());
        if (control instanceof Button check) {
            check.setSelection(Boolean.parseBoolean(text.strip()));
        } else if (control instanceof Combo combo) {
            combo.deselectAll();
            for (int i = 0; i < field.choices().size(); i++) {
                if (field.choices().get(i).value().equals(text)) {
                    combo.select(i);
                }
            }
        } else {
            ((Text) control).setText(text);
        }
    }

    private void changed(SettingField field) {
        if (filling) {
            return;
        }
        untouchedSecrets.remove(field.id());
        dirty = true;
        validate();
    }

    /** Checks the fields and reports the first mistake (or null). */
    public String validate() {
        try {
            schema.check(inputs(), texts, locale);
            setError(null);
        } catch (SettingException e) {
            setError(e.getMessage());
        }
        return error;
    }

    private void setError(String message) {
        error = message;
        errors.accept(message);
    }

    /** The first mistake on the form, or null. */
    public String error() {
        return error;
    }

    /** Whether the user changed anything since the values were shown or stored. */
    public boolean isDirty() {
        return dirty;
    }

    /** The values are stored: the form is clean again and keeps showing them. */
    public void stored(Dictionary<String, ?> values) {
        stored = values;
        dirty = false;
    }

    /** What the fields say, as text; untouched secrets and choices without a selection are left out. */
    Map<String, String> inputs() {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (SettingField field : schema.fields()) {
            Control control = controls.get(field.id());
            if (untouchedSecrets.contains(field.id())) {
                continue;
            }
            if (control instanceof Button check) {
                inputs.put(field.id(), String.valueOf(check.getSelection()));
            } else if (control instanceof Combo combo) {
                int index = combo.getSelectionIndex();
                if (index >= 0) {
                    inputs.put(field.id(), field.choices().get(index).value());
                }
            } else {
                inputs.put(field.id(), ((Text) control).getText());
            }
        }
        return inputs;
    }

    /**
     * The dictionary to store: the stored properties (also those the form does not show) with the form's values.
     *
     * @throws SettingException when a field cannot be stored; its control gets the focus
     */
    public Hashtable<String, Object> dictionary() throws SettingException {
        try {
            return SettingsSchema.dictionary(stored, schema.check(inputs(), texts, locale));
        } catch (SettingException e) {
            Control control = controls.get(e.fieldId());
            if (control != null) {
                control.setFocus();
            }
            setError(e.getMessage());
            throw e;
        }
    }

    /** The control of a field, for tests and focus. */
    public Control control(String fieldId) {
        return controls.get(fieldId);
    }
}
