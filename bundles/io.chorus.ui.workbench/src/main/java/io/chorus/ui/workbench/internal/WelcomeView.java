package io.chorus.ui.workbench.internal;

import io.chorus.ui.api.Texts;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.runtime.ChorusRuntime;
import io.chorus.api.runtime.FeatureInfo;
import io.chorus.ui.api.View;
import io.chorus.ui.api.ViewContribution;
import io.chorus.ui.api.ViewPart;
import io.chorus.ui.api.ViewSite;

/**
 * The first page users see: what Chorus is, which features this installation has and how each is doing, and how to
 * get the others. With no module installed it is the whole window, so it has to be useful on its own.
 */
@Component
@View(id = WelcomeView.ID, label = "%view.welcome", category = "%category.general", icon = "welcome")
public final class WelcomeView implements ViewContribution {

    static final String ID = "io.chorus.welcome";

    private final ChorusRuntime runtime;
    private final Texts messages;

    @Activate
    public WelcomeView(BundleContext context, @Reference ChorusRuntime runtime) {
        this.runtime = runtime;
        this.messages = new Texts(context.getBundle()::getEntry, Locale.getDefault());
    }

    private String text(String key) {
        return messages.translate("%" + key);
    }

    @Override
    public ViewPart createView(Composite parent, ViewSite site) {
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        Composite page = new Composite(scroller, SWT.NONE);
        page.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        page.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 24;
        layout.marginHeight = 18;
        layout.verticalSpacing = 10;
        page.setLayout(layout);
        scroller.setContent(page);

        Label title = new Label(page, SWT.NONE);
        title.setText(text("welcome.title"));
        FontData[] data = title.getFont().getFontData();
        for (FontData fontData : data) {
            fontData.setHeight(fontData.getHeight() + 8);
            fontData.setStyle(SWT.BOLD);
        }
        Font titleFont = new Font(parent.getDisplay(), data);
        title.setFont(titleFont);
        title.addListener(SWT.Dispose, event -> titleFont.dispose());

        paragraph(page, text("welcome.intro"));
        paragraph(page, text("welcome.disciplines"));

        heading(page, text("welcome.installed"));
        // A plain SWT table: the welcome page is on screen at start-up, and JFace is not needed to show six rows.
        Table features = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 200;
        features.setLayoutData(tableData);
        features.setHeaderVisible(true);
        features.setLinesVisible(true);
        features.setData("chorus.widget", "welcome-features");
        for (String column : List.of("welcome.column.feature", "welcome.column.name", "welcome.column.version",
                "welcome.column.state", "welcome.column.description")) {
            new TableColumn(features, SWT.NONE).setText(text(column));
        }
        packColumns(features);

        heading(page, text("welcome.more"));
        Text more = new Text(page, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        more.setData("chorus.widget", "welcome-more");
        more.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        more.setText(text("welcome.loading"));

        // Reading the feature catalogue touches the disk: keep it off the UI thread and off start-up.
        CompletableFuture.supplyAsync(runtime::features).whenComplete((list, error) -> {
            if (page.isDisposed()) {
                return;
            }
            page.getDisplay().asyncExec(() -> {
                if (page.isDisposed()) {
                    return;
                }
                if (error != null) {
                    more.setText(text("welcome.error") + " " + error.getMessage());
                } else {
                    for (FeatureInfo feature : list) {
                        if (feature.installed()) {
                            TableItem item = new TableItem(features, SWT.NONE);
                            item.setText(new String[] {feature.title(), feature.name(), feature.version(),
                                    state(feature), feature.description()});
                            item.setData(feature);
                        }
                    }
                    packColumns(features);
                    more.setText(moreText(list));
                }
                scroller.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));
                page.layout(true, true);
            });
        });
        scroller.addListener(SWT.Resize, event -> {
            int width = scroller.getClientArea().width;
            scroller.setMinSize(page.computeSize(width, SWT.DEFAULT));
        });
        return new ViewPart() {
            @Override
            public void setFocus() {
                features.setFocus();
            }
        };
    }

    private String state(FeatureInfo feature) {
        if (!feature.active()) {
            return text("welcome.state.notRunning");
        }
        if (feature.bundles().isEmpty()) {
            return text("welcome.state.announced");
        }
        long running = feature.bundles().stream().filter(b -> b.state() == FeatureInfo.BundleState.ACTIVE).count();
        return running == feature.bundles().size() ? text("welcome.state.running")
                : text("welcome.state.partly") + " " + running + "/" + feature.bundles().size();
    }

    private String moreText(List<FeatureInfo> features) {
        StringBuilder text = new StringBuilder();
        List<FeatureInfo> available = features.stream().filter(feature -> !feature.installed()).toList();
        if (available.isEmpty()) {
            text.append(text("welcome.allInstalled")).append("\n");
        } else {
            text.append(text("welcome.available")).append("\n");
            for (FeatureInfo feature : available) {
                text.append("  \u2022 ").append(feature.title()).append(" \u2014 chorus features install ")
                        .append(feature.name()).append("\n");
            }
        }
        text.append("\n").append(text("welcome.announced")).append("\n");
        text.append("\n").append(text("welcome.dropins")).append(" ").append(runtime.dropinsDirectory()).append("\n");
        text.append(text("welcome.docs")).append(" ").append(runtime.home().resolve("docs")).append("\n");
        return text.toString();
    }

    private static void paragraph(Composite page, String text) {
        Label label = new Label(page, SWT.WRAP);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 600;
        label.setLayoutData(data);
    }

    private static void heading(Composite page, String text) {
        Label label = new Label(page, SWT.NONE);
        label.setText(text);
        FontData[] data = label.getFont().getFontData();
        for (FontData fontData : data) {
            fontData.setHeight(fontData.getHeight() + 2);
            fontData.setStyle(SWT.BOLD);
        }
        Font font = new Font(page.getDisplay(), data);
        label.setFont(font);
        label.addListener(SWT.Dispose, event -> font.dispose());
        GridData layoutData = new GridData(SWT.FILL, SWT.TOP, true, false);
        layoutData.verticalIndent = 8;
        label.setLayoutData(layoutData);
    }

    private static void packColumns(Table table) {
        TableColumn[] columns = table.getColumns();
        for (int i = 0; i < columns.length; i++) {
            columns[i].pack();
            // The last column (the description) may be as wide as its text; the others stay compact.
            columns[i].setWidth(i == columns.length - 1 ? columns[i].getWidth() + 12
                    : Math.min(columns[i].getWidth() + 12, 320));
        }
    }
}
