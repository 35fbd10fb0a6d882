package io.chorus.ingest.ui.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import io.chorus.api.ingest.ConnectorDescription;
import io.chorus.api.ingest.ConnectorDescription.Setting;
import io.chorus.api.ingest.SourceConfig;
import io.chorus.api.ingest.SourceConfigException;
import io.chorus.api.ingest.Sources;
import io.chorus.ui.api.Texts;

/**
 * Adds or edits a source. The settings form is built from the connector's metatype: text, number, yes/no, a choice,
 * and masked secrets. Saving checks the settings; a mistake is shown at the top and nothing is saved.
 */
final class SourceDialog extends TitleAreaDialog {

    private final Texts texts;
    private final Sources sources;
    private final SourceConfig existing;
    private final List<ConnectorDescription> connectors;
    private Combo connector;
    private Text id;
    private Text name;
    private Spinner minutes;
    private Composite form;
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private ConnectorDescription chosen;

    SourceDialog(Shell parent, Texts texts, Sources sources, SourceConfig existing) {
        super(parent);
        this.texts = texts;
        this.sources = sources;
        this.existing = existing;
        this.connectors = sources.connectors();
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get(existing == null ? "source.add.title" : "source.edit.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(texts.get(existing == null ? "source.add.title" : "source.edit.title"));
        setMessage(texts.get("source.message"));
        Composite top = new Composite(area, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        label(top, texts.get("source.connector"));
        connector = new Combo(top, SWT.READ_ONLY);
        connector.setData(Ui.WIDGET, "source-connector");
        for (ConnectorDescription description : connectors) {
            connector.add(description.name() + " (" + description.id() + ")");
        }
        connector.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        label(top, texts.get("source.id"));
        id = new Text(top, SWT.BORDER);
        id.setData(Ui.WIDGET, "source-id");
        id.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        label(top, texts.get("source.name"));
        name = new Text(top, SWT.BORDER);
        name.setData(Ui.WIDGET, "source-name");
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        label(top, texts.get("source.interval"));
        minutes = new Spinner(top, SWT.BORDER);
        minutes.setData(Ui.WIDGET, "source-interval");
        minutes.setValues(15, 1, 7 * 24 * 60, 0, 1, 60);
        form = new Composite(top, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        connector.addListener(SWT.Selection, e -> choose(connectors.get(connector.getSelectionIndex()), Map.of()));
        if (existing != null) {
            int index = indexOf(existing.connectorId());
            id.setText(existing.id());
            id.setEditable(false);
            name.setText(existing.name());
            minutes.setSelection((int) Math.max(1, existing.interval().toMinutes()));
            connector.setEnabled(false);
            if (index >= 0) {
                connector.select(index);
                choose(connectors.get(index), existing.settings());
            } else {
                setErrorMessage(texts.format("source.connectorMissing", existing.connectorId()));
            }
        } else if (!connectors.isEmpty()) {
            connector.select(0);
            choose(connectors.get(0), Map.of());
        } else {
            setErrorMessage(texts.get("source.noConnectors"));
        }
        return area;
    }

    private int indexOf(String connectorId) {
        for (int i = 0; i < connectors.size(); i++) {
            if (connectors.get(i).id().equals(connectorId)) {
                return i;
            }
        }
        return -1;
    }

    /** Rebuilds the settings form for a connector, filled with the given values or the defaults. */
    private void choose(ConnectorDescription description, Map<String, Object> values) {
        chosen = description;
        for (Control child : form.getChildren()) {
            child.dispose();
        }
        fields.clear();
        if (existing == null) {
            minutes.setSelection((int) Math.max(1, description.defaultInterval().toMinutes()));
        }
        Label about = new Label(form, SWT.WRAP);
        about.setText(description.description());
        GridData aboutData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        aboutData.widthHint = 480;
        about.setLayoutData(aboutData);
        for (Setting setting : description.settings()) {
            Object value = values.get(setting.id());
            String text = value == null ? setting.defaultValue() : String.valueOf(value);
            if (setting.type() == ConnectorDescription.Type.BOOLEAN) {
                new Label(form, SWT.NONE);
                Button check = new Button(form, SWT.CHECK);
                check.setText(setting.name());
                check.setSelection(Boolean.parseBoolean(text));
                check.setToolTipText(setting.description());
                check.setData(Ui.WIDGET, "setting-" + setting.id());
                fields.put(setting.id(), check);
                continue;
            }
            label(form, setting.name() + (setting.required() ? " *" : "")).setToolTipText(setting.description());
            Control field;
            if (!setting.options().isEmpty()) {
                Combo combo = new Combo(form, SWT.READ_ONLY);
                for (ConnectorDescription.Option option : setting.options()) {
                    combo.add(option.label());
                    if (option.value().equals(text)) {
                        combo.select(combo.getItemCount() - 1);
                    }
                }
                field = combo;
            } else {
                int style = SWT.BORDER | (setting.type() == ConnectorDescription.Type.SECRET ? SWT.PASSWORD : 0);
                Text input = new Text(form, style);
                input.setText(text);
                input.setMessage(setting.description());
                field = input;
            }
            field.setToolTipText(setting.description());
            field.setData(Ui.WIDGET, "setting-" + setting.id());
            field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            fields.put(setting.id(), field);
        }
        form.layout(true, true);
        Shell shell = getShell();
        if (shell != null && shell.isVisible()) {
            shell.setSize(shell.computeSize(Math.max(shell.getSize().x, 560), SWT.DEFAULT));
        }
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    private static final int TEST_ID = IDialogConstants.CLIENT_ID + 1;

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, TEST_ID, texts.get("source.test"), false).setData(Ui.WIDGET, "source-test");
        createButton(parent, IDialogConstants.OK_ID, texts.get("source.save"), true)
                .setData(Ui.WIDGET, "source-save");
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId != TEST_ID) {
            super.buttonPressed(buttonId);
            return;
        }
        SourceConfig source = fromForm();
        if (source == null) {
            return;
        }
        setMessage(texts.get("source.testing"));
        setErrorMessage(null);
        getButton(TEST_ID).setEnabled(false);
        // the platform may take seconds to answer: never on the UI thread
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return sources.check(source);
            } catch (SourceConfigException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).whenComplete((found, error) -> getShell().getDisplay().asyncExec(() -> {
            if (getShell() == null || getShell().isDisposed()) {
                return;
            }
            getButton(TEST_ID).setEnabled(true);
            if (error == null) {
                setMessage(texts.format("source.tested", found));
            } else {
                Throwable cause = error.getCause() == null ? error : error.getCause();
                setErrorMessage(cause.getMessage());
            }
        }));
    }

    /** The source as the form says, or null (with the reason shown) when it cannot be built. */
    private SourceConfig fromForm() {
        if (chosen == null) {
            return null;
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        for (Setting setting : chosen.settings()) {
            Control field = fields.get(setting.id());
            String value;
            if (field instanceof Button check) {
                value = String.valueOf(check.getSelection());
            } else if (field instanceof Combo combo) {
                int index = combo.getSelectionIndex();
                value = index < 0 ? "" : setting.options().get(index).value();
            } else {
                value = ((Text) field).getText().strip();
            }
            if (!value.isEmpty()) {
                settings.put(setting.id(), value);
            }
        }
        String sourceId = id.getText().strip();
        String sourceName = name.getText().strip().isEmpty() ? sourceId : name.getText().strip();
        try {
            return new SourceConfig(sourceId, chosen.id(), sourceName, existing != null && existing.paused(),
                    Duration.ofMinutes(minutes.getSelection()), settings);
        } catch (IllegalArgumentException | NullPointerException e) {
            setErrorMessage(e.getMessage());
            return null;
        }
    }

    @Override
    protected void okPressed() {
        SourceConfig source = fromForm();
        if (source == null) {
            return;
        }
        try {
            sources.save(source);
            super.okPressed();
        } catch (SourceConfigException e) {
            String field = e.setting().isEmpty() ? "" : chosen.settings().stream()
                    .filter(s -> s.id().equals(e.setting())).map(Setting::name).findFirst().orElse(e.setting());
            setErrorMessage(field.isEmpty() ? e.getMessage() : field + ": " + e.getMessage());
            Control control = fields.get(e.setting());
            if (control != null) {
                control.setFocus();
            } else if (Objects.equals(e.setting(), "id")) {
                id.setFocus();
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            setErrorMessage(e.getMessage());
        }
    }

    /** For tests: the ids of the fields the form shows now. */
    List<String> fieldIds() {
        return new ArrayList<>(fields.keySet());
    }
}
