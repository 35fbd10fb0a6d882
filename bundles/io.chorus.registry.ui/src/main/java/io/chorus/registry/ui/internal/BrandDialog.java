package io.chorus.registry.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.chorus.api.registry.Brand;
import io.chorus.api.registry.BrandRole;
import io.chorus.registry.ui.internal.EntryDialog.Fields;
import io.chorus.ui.api.Texts;

/** Asks for a new brand: its name, the id typed in queries (proposed from the name), own or competitor. */
final class BrandDialog extends Dialog {

    private final Texts texts;
    private Text name;
    private Text id;
    private Combo role;
    private Label problem;
    private Brand result;

    BrandDialog(Shell parent, Texts texts) {
        super(parent);
        this.texts = texts;
    }


    Optional<Brand> ask() {
        return super.open() == OK ? Optional.of(result) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get("brand.new.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        name = Fields.text(area, texts.get("brand.name"), "brand-name");
        id = Fields.text(area, texts.get("brand.id"), "brand-id");
        name.addListener(SWT.Modify, event -> id.setText(proposedId(name.getText())));
        new Label(area, SWT.NONE).setText(texts.get("brand.role"));
        role = new Combo(area, SWT.READ_ONLY);
        role.setItems(texts.get("role.own"), texts.get("role.competitor"));
        role.select(0);
        problem = new Label(area, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return area;
    }

    /** "Acme Robotics" becomes "acme-robotics"; Cyrillic and Japanese names keep their letters. */
    static String proposedId(String name) {
        String id = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return id.matches("[a-z0-9][a-z0-9_-]*") ? id : "";
    }

    @Override
    protected void okPressed() {
        try {
            result = new Brand(id.getText().strip(), name.getText().strip(),
                    role.getSelectionIndex() == 1 ? BrandRole.COMPETITOR : BrandRole.OWN, List.of(), List.of(),
                    List.of(), List.of(), "");
            if (result.name().isEmpty()) {
                throw new IllegalArgumentException(texts.get("brand.name.missing"));
            }
            super.okPressed();
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            problem.getParent().layout();
            getButton(IDialogConstants.OK_ID).setEnabled(true);
        }
    }
}
