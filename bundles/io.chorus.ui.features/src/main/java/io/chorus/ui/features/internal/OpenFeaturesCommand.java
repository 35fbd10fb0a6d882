package io.chorus.ui.features.internal;

import org.osgi.service.component.annotations.Component;

import io.chorus.ui.api.Command;
import io.chorus.ui.api.CommandHandler;
import io.chorus.ui.api.Workbench;

/** Help &gt; Installed Features...: shows the module manager. */
@Component
@Command(id = OpenFeaturesCommand.ID, label = "%command.open", menu = "help", order = 50,
        category = "%category.setup")
public final class OpenFeaturesCommand implements CommandHandler {

    static final String ID = "io.chorus.features.open";

    @Override
    public void execute(Workbench workbench) {
        workbench.showView(FeaturesView.ID);
    }
}
