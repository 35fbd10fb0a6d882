package io.chorus.registry.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.registry.Brand;
import io.chorus.api.registry.KeywordRegistry;
import io.chorus.ui.api.Command;
import io.chorus.ui.api.CommandHandler;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.Workbench;

/** File &gt; Open Semantic Core...: asks which brand, then opens its semantic core in the editor. */
@Component
@Command(id = OpenSemanticCoreCommand.ID, label = "%command.openSemanticCore", menu = "file", order = 20,
        category = "%category.setup")
public final class OpenSemanticCoreCommand implements CommandHandler {

    static final String ID = "io.chorus.registry.openSemanticCore";

    private final KeywordRegistry registry;
    private final Texts texts;

    @Activate
    public OpenSemanticCoreCommand(BundleContext context, @Reference KeywordRegistry registry) {
        this(registry, Texts.of(context.getBundle(), Locale.getDefault()));
    }

    OpenSemanticCoreCommand(KeywordRegistry registry, Texts texts) {
        this.registry = registry;
        this.texts = texts;
    }

    @Override
    public boolean isEnabled(Workbench workbench) {
        return !registry.brands().isEmpty();
    }

    @Override
    public void execute(Workbench workbench) {
        Shell parent = workbench.shell().orElse(null);
        new ChooseBrand(parent, registry.brands()).ask()
                .ifPresent(brand -> workbench.openEditor(SemanticCoreEditor.ID, brand.id()));
    }

    /** "Brand: [Acme Robotics (@acme)]" with OK and Cancel. */
    private final class ChooseBrand extends Dialog {
        private final List<Brand> brands;
        private BrandPicker picker;
        private Brand chosen;

        ChooseBrand(Shell parent, List<Brand> brands) {
            super(parent);
            this.brands = brands;
        }

        Optional<Brand> ask() {
            return open() == OK ? Optional.ofNullable(chosen) : Optional.empty();
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(texts.get("command.openSemanticCore.title"));
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            area.setLayout(new GridLayout(2, false));
            picker = new BrandPicker(area, texts, "open-semantic-core-brand", () -> { });
            picker.show(brands);
            return area;
        }

        @Override
        protected void okPressed() {
            chosen = picker.chosen().orElse(null);
            super.okPressed();
        }
    }
}
