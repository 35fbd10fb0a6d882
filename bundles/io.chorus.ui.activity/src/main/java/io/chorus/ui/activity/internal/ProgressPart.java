package io.chorus.ui.activity.internal;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import io.chorus.api.jobs.JobListener;
import io.chorus.api.jobs.JobStatus;
import io.chorus.api.jobs.JobStatus.State;
import io.chorus.api.jobs.Jobs;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.ViewPart;

/** One open Progress view: a row per job with its bar, elapsed time and Cancel button. */
final class ProgressPart implements ViewPart {

    /** How often elapsed times and fading rows update when no job reports anything. */
    private static final int TICK_MILLIS = 250;

    private final Jobs jobs;
    private final JobCanceller canceller;
    private final Texts texts;
    private final Clock clock;
    private final NumberFormat percent;
    private final JobRows model;
    private final Coalescer coalescer;
    private final JobListener listener;
    private final Composite body;
    private final ScrolledComposite scroller;
    private final Composite list;
    private final Label empty;
    private final Button clearFailed;
    private final Map<Long, RowWidgets> shown = new HashMap<>();
    private boolean tickScheduled;

    ProgressPart(Composite parent, Jobs jobs, JobCanceller canceller, Texts texts, Locale locale, Clock clock) {
        this.jobs = jobs;
        this.canceller = canceller;
        this.texts = texts;
        this.clock = clock;
        this.percent = NumberFormat.getPercentInstance(locale);
        this.model = new JobRows(clock);
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        empty = Ui.named(new Label(body, SWT.NONE), "progress-empty");
        empty.setText(texts.get("progress.empty"));
        empty.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        clearFailed = Ui.button(body, texts.get("progress.clearFailed"), "progress-clear", e -> {
            model.clearFailed();
            refresh();
        });
        clearFailed.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        scroller = new ScrolledComposite(body, SWT.V_SCROLL | SWT.BORDER);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        list = Ui.named(new Composite(scroller, SWT.NONE), "progress-list");
        GridLayout rowsLayout = new GridLayout(1, false);
        rowsLayout.verticalSpacing = 8;
        list.setLayout(rowsLayout);
        scroller.setContent(list);
        scroller.addListener(SWT.Resize, e -> resizeList());

        coalescer = Coalescer.on(body.getDisplay(), this::refresh);
        listener = status -> {
            model.changed(status);
            coalescer.signal();
        };
        // Listen first, then read what runs: an end that comes in between wins over the snapshot.
        jobs.addListener(listener);
        model.seed(jobs.running());
        body.addListener(SWT.Dispose, e -> jobs.removeListener(listener));
        refresh();
    }

    private void refresh() {
        if (body.isDisposed()) {
            return;
        }
        List<JobRows.Row> rows = model.rows();
        Set<Long> ids = new HashSet<>();
        Control previous = null;
        for (JobRows.Row row : rows) {
            long id = row.status().id();
            ids.add(id);
            RowWidgets widgets = shown.computeIfAbsent(id, key -> new RowWidgets(key));
            widgets.show(row);
            if (previous != null) {
                widgets.box.moveBelow(previous);
            }
            previous = widgets.box;
        }
        shown.entrySet().removeIf(entry -> {
            if (!ids.contains(entry.getKey())) {
                entry.getValue().box.dispose();
                return true;
            }
            return false;
        });
        boolean anyFailed = rows.stream().anyMatch(row -> row.status().state() == State.FAILED);
        clearFailed.setEnabled(anyFailed);
        empty.setVisible(rows.isEmpty());
        resizeList();
        if (!rows.isEmpty() && !tickScheduled) {
            tickScheduled = true;
            body.getDisplay().timerExec(TICK_MILLIS, () -> {
                tickScheduled = false;
                coalescer.signal();
            });
        }
    }

    private void resizeList() {
        list.layout(true, true);
        int width = scroller.getClientArea().width;
        scroller.setMinSize(list.computeSize(width, SWT.DEFAULT));
    }

    /** The widgets of one job's row. */
    private final class RowWidgets {
        final Composite box;
        final Label title;
        final Label elapsed;
        final Label detail;
        final Button cancel;
        ProgressBar bar;
        boolean indeterminate;
        boolean cancelAsked;

        RowWidgets(long id) {
            box = Ui.named(new Composite(list, SWT.NONE), "progress-row-" + id);
            box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            GridLayout layout = new GridLayout(3, false);
            layout.marginHeight = 0;
            box.setLayout(layout);
            title = Ui.named(new Label(box, SWT.NONE), "progress-title");
            title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            elapsed = Ui.named(new Label(box, SWT.RIGHT), "progress-elapsed");
            elapsed.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
            bar = newBar(false);
            cancel = Ui.button(box, texts.get("progress.cancel"), "progress-cancel", e -> cancel(id));
            cancel.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
            detail = Ui.named(new Label(box, SWT.NONE), "progress-detail");
            detail.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            new Label(box, SWT.SEPARATOR | SWT.HORIZONTAL)
                    .setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            if (!canceller.available()) {
                cancel.setToolTipText(texts.get("progress.cannotCancel"));
            }
        }

        private void cancel(long id) {
            cancelAsked = true;
            cancel.setEnabled(false);
            cancel.setText(texts.get("progress.cancelling"));
            box.layout(true);
            if (!canceller.cancel(id)) {
                cancelAsked = false;
                cancel.setText(texts.get("progress.cancel"));
            }
        }

        private ProgressBar newBar(boolean unknown) {
            ProgressBar created = Ui.named(new ProgressBar(box, unknown ? SWT.INDETERMINATE : SWT.SMOOTH),
                    "progress-bar");
            created.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            created.setMaximum(1000);
            indeterminate = unknown;
            return created;
        }

        void show(JobRows.Row row) {
            JobStatus status = row.status();
            boolean running = row.running();
            boolean unknown = running && status.fraction() < 0;
            if (unknown != indeterminate) {
                ProgressBar replaced = newBar(unknown);
                replaced.moveAbove(bar);
                bar.dispose();
                bar = replaced;
            }
            if (!unknown) {
                bar.setSelection(running ? (int) Math.round(status.fraction() * 1000) : 1000);
            }
            if (status.state() == State.FAILED) {
                bar.setState(SWT.ERROR);
            }
            String fraction = status.fraction() >= 0 && running ? "  " + percent.format(status.fraction()) : "";
            title.setText(status.title() + fraction);
            elapsed.setText(Ui.elapsed(Duration.between(status.started(),
                    running ? clock.instant() : row.endedAt())));
            detail.setText(switch (status.state()) {
                case RUNNING -> status.message();
                case SUCCEEDED -> texts.get("progress.done");
                case CANCELLED -> texts.get("progress.cancelled");
                case FAILED -> texts.format("progress.failed", status.message());
            });
            detail.setToolTipText(status.state() == State.FAILED ? status.message() : null);
            Color colour = box.getDisplay().getSystemColor(status.state() == State.FAILED ? SWT.COLOR_RED
                    : running ? SWT.COLOR_WIDGET_FOREGROUND : SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
            detail.setForeground(colour);
            if (!running) {
                title.setForeground(box.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND));
            }
            cancel.setEnabled(running && !cancelAsked && canceller.available());
        }
    }

    @Override
    public void setFocus() {
        if (clearFailed.isEnabled()) {
            clearFailed.setFocus();
        } else {
            list.setFocus();
        }
    }
}
