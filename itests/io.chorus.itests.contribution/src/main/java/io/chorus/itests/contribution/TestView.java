package io.chorus.itests.contribution;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Component;

import io.chorus.ui.api.View;
import io.chorus.ui.api.ViewContribution;
import io.chorus.ui.api.ViewPart;
import io.chorus.ui.api.ViewSite;

/** A view with a label and a text field, in English, Russian and Japanese. */
@Component
@View(id = "io.chorus.itests.view", label = "Test view", category = "Tests")
public final class TestView implements ViewContribution {

    @Override
    public ViewPart createView(Composite parent, ViewSite site) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        Label greeting = new Label(body, SWT.NONE);
        greeting.setText("Hello from a test bundle \u2014 \u041f\u0440\u0438\u0432\u0435\u0442 \u2014 \u3053\u3093\u306b\u3061\u306f");
        greeting.setData("chorus.widget", "itests-greeting");
        Text notes = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP);
        notes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        notes.setText("This view comes from io.chorus.itests.contribution, installed while Chorus runs.");
        return notes::setFocus;
    }
}
