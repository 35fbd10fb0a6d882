package io.chorus.registry.ui.internal;


import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.platform.Platform;
import io.chorus.api.platform.PlatformRegistry;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.View;
import io.chorus.ui.api.ViewContribution;
import io.chorus.ui.api.ViewPart;
import io.chorus.ui.api.ViewSite;

/** Every platform Chorus knows, with what the installed connectors can do there, filterable as you type. */
@Component
@View(id = PlatformsView.ID, label = "%view.platforms", category = "%category.setup", icon = "elements")
public final class PlatformsView implements ViewContribution {

    static final String ID = "io.chorus.registry.platforms";

    private final PlatformRegistry platforms;
    private final Texts texts;

    @Activate
    public PlatformsView(BundleContext context, @Reference PlatformRegistry platforms) {
        this.platforms = platforms;
        this.texts = Texts.of(context.getBundle(), Locale.getDefault());
    }

    @Override
    public ViewPart createView(Composite parent, ViewSite site) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        Text filter = new Text(body, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
        filter.setMessage(texts.get("platforms.filter"));
        filter.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        TableViewer viewer = Widgets.table(body, "platforms", SWT.NONE, 1);
        column(viewer, "column.name", 170, Platform::name);
        column(viewer, "column.id", 120, Platform::id);
        column(viewer, "column.kind", 110, p -> texts.get("kind." + p.kind().name().toLowerCase(Locale.ROOT)));
        column(viewer, "column.regions", 80, p -> String.join(", ", p.regions()));
        column(viewer, "column.can", 160, p -> String.join(", ", p.capabilities().stream()
                .map(c -> texts.get("can." + c.name().toLowerCase(Locale.ROOT))).sorted().toList()));
        column(viewer, "column.maxLength", 80, p -> p.maxPostLength() == 0 ? "" : String.valueOf(p.maxPostLength()));
        column(viewer, "column.links", 320, Platform::linkPolicy);
        column(viewer, "column.origin", 100, Platform::origin);
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
                Platform platform = (Platform) element;
                return wanted.isEmpty() || (platform.name() + " " + platform.id() + " " + String.join(" ",
                        platform.domains()) + " " + platform.kind()).toLowerCase(Locale.ROOT).contains(wanted);
            }
        });
        filter.addListener(SWT.Modify, event -> viewer.refresh());
        Runnable changed = () -> body.getDisplay().asyncExec(() -> {
            if (!body.isDisposed()) {
                viewer.setInput(platforms.platforms());
            }
        });
        platforms.addChangeListener(changed);
        viewer.setInput(platforms.platforms());
        return new ViewPart() {
            @Override
            public void setFocus() {
                filter.setFocus();
            }

            @Override
            public void dispose() {
                platforms.removeChangeListener(changed);
            }
        };
    }

    private void column(TableViewer viewer, String key, int width, Function<Platform, String> text) {
        Widgets.column(viewer, texts, key, width, Platform.class, text);
    }

}
