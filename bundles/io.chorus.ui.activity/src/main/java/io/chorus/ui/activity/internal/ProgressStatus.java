package io.chorus.ui.activity.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ProgressBar;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.jobs.JobListener;
import io.chorus.api.jobs.Jobs;
import io.chorus.ui.api.StatusContribution;
import io.chorus.ui.api.StatusItem;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.Workbench;

/** The status bar's progress: a small bar and "Polling 3 sources (2 more)"; a click opens the Progress view. */
@Component
@StatusItem(id = ProgressStatus.ID, order = 50)
public final class ProgressStatus implements StatusContribution {

    static final String ID = "io.chorus.progress.status";

    private final Jobs jobs;
    private final Texts texts;

    @Activate
    public ProgressStatus(BundleContext context, @Reference Jobs jobs) {
        this(jobs, Texts.of(context.getBundle(), Locale.getDefault()));
    }

    ProgressStatus(Jobs jobs, Texts texts) {
        this.jobs = jobs;
        this.texts = texts;
    }

    @Override
    public Control createControl(Composite parent, Workbench workbench) {
        Composite item = Ui.named(new Composite(parent, SWT.NONE), "progress-status");
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 0;
        layout.marginWidth = 0;
        item.setLayout(layout);
        ProgressBar known = Ui.named(new ProgressBar(item, SWT.SMOOTH), "progress-status-bar");
        known.setMaximum(1000);
        ProgressBar unknown = Ui.named(new ProgressBar(item, SWT.INDETERMINATE), "progress-status-busy");
        Label text = Ui.named(new Label(item, SWT.NONE), "progress-status-text");
        text.setToolTipText(texts.get("progress.status.tooltip"));
        item.setToolTipText(texts.get("progress.status.tooltip"));
        Listener open = e -> workbench.showView(ProgressView.ID);
        for (Control control : new Control[] {item, known, unknown, text}) {
            control.addListener(SWT.MouseUp, open);
            control.setCursor(item.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        }
        GridData itemData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        item.setLayoutData(itemData);

        Runnable refresh = () -> {
            if (item.isDisposed()) {
                return;
            }
            JobSummary summary = JobSummary.of(jobs.running());
            boolean wasIdle = itemData.exclude;
            itemData.exclude = summary.idle();
            item.setVisible(!summary.idle());
            show(known, !summary.idle() && summary.fraction() >= 0);
            show(unknown, !summary.idle() && summary.fraction() < 0);
            known.setSelection((int) Math.round(Math.max(0, summary.fraction()) * 1000));
            text.setText(summary.idle() ? "" : summary.others() == 0 ? summary.title()
                    : texts.format("progress.status.more", summary.title(), summary.others()));
            item.layout(true);
            if (wasIdle != itemData.exclude || !summary.idle()) {
                item.getParent().layout(true, true);
            }
        };
        Coalescer coalescer = Coalescer.on(item.getDisplay(), refresh);
        JobListener listener = status -> coalescer.signal();
        jobs.addListener(listener);
        item.addListener(SWT.Dispose, e -> jobs.removeListener(listener));
        refresh.run();
        return item;
    }

    private static void show(Control control, boolean visible) {
        GridData data = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        data.widthHint = 90;
        data.heightHint = 12;
        data.exclude = !visible;
        control.setLayoutData(data);
        control.setVisible(visible);
    }
}
