package io.chorus.itests.contribution;

import org.osgi.service.component.annotations.Component;

import io.chorus.ui.api.Command;
import io.chorus.ui.api.CommandHandler;
import io.chorus.ui.api.Workbench;

/** A command in a menu of its own and on the toolbar. */
@Component
@Command(id = "io.chorus.itests.hello", label = "Say &hello", menu = "tools", toolbar = true, keys = "M1+M2+H")
public final class TestCommand implements CommandHandler {

    @Override
    public void execute(Workbench workbench) {
        workbench.setStatusMessage("Hello from the test command");
    }
}
