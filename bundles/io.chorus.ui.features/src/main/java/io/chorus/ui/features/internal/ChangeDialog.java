package io.chorus.ui.features.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Shows what a feature change would do or why it was refused: a sentence, then every line (bundles or reasons) in a
 * read-only text the user can select and copy. With a confirm label it asks, otherwise it only informs.
 */
final class ChangeDialog extends Dialog {

    static final String WIDGET = "chorus.widget";

    private final String title;
    private final String intro;
    private final List<String> lines;
    private final String confirmLabel;

    /**
     * @param confirmLabel the label of the button that goes ahead, or null for a dialog with only Close
     */
    ChangeDialog(Shell parent, String title, String intro, List<String> lines, String confirmLabel) {
        super(parent);
        this.title = title;
        this.intro = intro;
        this.lines = List.copyOf(lines);
        this.confirmLabel = confirmLabel;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label label = new Label(area, SWT.WRAP);
        label.setText(intro);
        label.setData(WIDGET, "change-intro");
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
        introData.widthHint = 560;
        label.setLayoutData(introData);
        if (!lines.isEmpty()) {
            Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL);
            text.setText("\u2022 " + String.join("\n\u2022 ", lines));
            text.setData(WIDGET, "change-lines");
            GridData linesData = new GridData(SWT.FILL, SWT.FILL, true, true);
            linesData.widthHint = 560;
            linesData.heightHint = Math.min(240, 20 + 18 * lines.size() * 2);
            text.setLayoutData(linesData);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (confirmLabel == null) {
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
        } else {
            createButton(parent, IDialogConstants.OK_ID, confirmLabel, true);
            createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        }
    }
}
