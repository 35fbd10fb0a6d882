package io.chorus.itests.contribution;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Component;

import io.chorus.ui.api.StatusContribution;
import io.chorus.ui.api.StatusItem;
import io.chorus.ui.api.Workbench;

/** A status bar item. */
@Component
@StatusItem(id = "io.chorus.itests.status")
public final class TestStatusItem implements StatusContribution {

    @Override
    public Control createControl(Composite parent, Workbench workbench) {
        Label label = new Label(parent, SWT.NONE);
        label.setText("Test status item");
        return label;
    }
}
