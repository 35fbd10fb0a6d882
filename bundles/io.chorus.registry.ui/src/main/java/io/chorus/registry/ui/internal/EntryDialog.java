package io.chorus.registry.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.chorus.api.registry.Brand;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.MatchOptions;
import io.chorus.ui.api.Texts;

/** Asks for a new entry of a brand's semantic core. */
final class EntryDialog extends Dialog {

    private static final List<String> MODULES = List.of("reputation", "smm", "crowd");

    private final Texts texts;
    private final Brand brand;
    private Combo type;
    private Text text;
    private Text languages;
    private Combo match;
    private final List<Button> modules = new ArrayList<>();
    private Text note;
    private Label problem;
    private KeywordEntry result;

    EntryDialog(Shell parent, Texts texts, Brand brand) {
        super(parent);
        this.texts = texts;
        this.brand = brand;
    }

    Optional<KeywordEntry> ask() {
        return super.open() == OK ? Optional.of(result) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.format("entry.add.title", brand.name()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText(texts.get("column.type"));
        type = new Combo(area, SWT.READ_ONLY);
        for (EntryType entryType : EntryType.values()) {
            type.add(texts.get("type." + entryType.group()));
        }
        type.select(0);
        text = Fields.text(area, texts.get("column.text"), "entry-text");
        languages = Fields.text(area, texts.get("entry.languages"), "entry-languages");
        languages.setText(String.join(", ", brand.languages()));
        new Label(area, SWT.NONE).setText(texts.get("column.match"));
        match = new Combo(area, SWT.READ_ONLY);
        match.setItems(texts.get("match.exact"), texts.get("match.stemmed"), texts.get("match.fuzzy") + " 1",
                texts.get("match.fuzzy") + " 2");
        match.select(0);
        new Label(area, SWT.NONE).setText(texts.get("entry.modules"));
        Composite boxes = new Composite(area, SWT.NONE);
        boxes.setLayout(new GridLayout(MODULES.size(), false));
        for (String module : MODULES) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(texts.get("module." + module));
            box.setSelection(true);
            modules.add(box);
        }
        note = Fields.text(area, texts.get("entry.note"), "entry-note");
        problem = new Label(area, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return area;
    }

    @Override
    protected void okPressed() {
        String value = text.getText().strip();
        if (value.isEmpty()) {
            problem.setText(texts.get("entry.text.missing"));
            problem.getParent().layout();
            return;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).getSelection()) {
                chosen.add(MODULES.get(i));
            }
        }
        if (chosen.size() == MODULES.size()) {
            chosen.clear();
        }
        List<String> codes = new ArrayList<>();
        for (String code : languages.getText().split("[,; ]+")) {
            if (!code.isBlank()) {
                codes.add(code.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        MatchOptions options = switch (match.getSelectionIndex()) {
            case 1 -> MatchOptions.STEMMED;
            case 2 -> MatchOptions.fuzzy(1);
            case 3 -> MatchOptions.fuzzy(2);
            default -> MatchOptions.EXACT;
        };
        result = new KeywordEntry("", EntryType.values()[type.getSelectionIndex()],
                value, codes, options, chosen, note.getText().strip(), List.of(), KeywordEntry.USER);
        super.okPressed();
    }

    /** Small builders for labelled fields. */
    static final class Fields {
        private Fields() {
        }

        static Text text(Composite parent, String label, String widget) {
            new Label(parent, SWT.NONE).setText(label);
            Text field = new Text(parent, SWT.BORDER | SWT.SINGLE);
            field.setData("chorus.widget", widget);
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 320;
            field.setLayoutData(data);
            return field;
        }
    }
}
