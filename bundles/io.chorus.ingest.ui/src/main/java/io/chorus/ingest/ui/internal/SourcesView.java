package io.chorus.ingest.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.ingest.PollReport;
import io.chorus.api.ingest.SourceConfig;
import io.chorus.api.ingest.SourceHealth;
import io.chorus.api.ingest.Sources;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.View;
import io.chorus.ui.api.ViewContribution;
import io.chorus.ui.api.ViewPart;
import io.chorus.ui.api.ViewSite;

/**
 * The sources of the workspace with their health, refreshed every few seconds: add and edit them with forms built
 * from each connector's settings, pause, resume, poll now, remove.
 */
@Component
@View(id = SourcesView.ID, label = "%view.sources", category = "%category.monitoring", icon = "import")
public final class SourcesView implements ViewContribution {

    static final String ID = "io.chorus.sources";

    private static final int REFRESH_MILLIS = 3000;

    private final Sources sources;
    private final Texts texts;

    @Activate
    public SourcesView(BundleContext context, @Reference Sources sources) {
        this.sources = sources;
        this.texts = Texts.of(context.getBundle(), Locale.getDefault());
    }

    /** A source and its health, one row. */
    record Row(SourceConfig source, SourceHealth health) {
    }

    @Override
    public ViewPart createView(Composite parent, ViewSite site) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        Composite buttons = new Composite(body, SWT.NONE);
        buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
        TableViewer table = Ui.table(body, "sources", SWT.SINGLE);
        Label detail = new Label(body, SWT.WRAP);
        detail.setData(Ui.WIDGET, "sources-detail");
        detail.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        column(table, "column.source", 170, r -> r.source().name(), r -> r.source().id());
        column(table, "column.connector", 90, r -> r.source().connectorId(), r -> null);
        column(table, "column.state", 110, r -> texts.get("state." + r.health().state().name()
                .toLowerCase(Locale.ROOT)), r -> r.health().lastErrorText().isEmpty() ? null : r.health().lastErrorText());
        column(table, "column.lastSuccess", 110, r -> Ui.relative(texts, r.health().lastSuccess(), Instant.now()),
                r -> Ui.when(r.health().lastSuccess()));
        column(table, "column.lastError", 110, r -> r.health().lastError() == null ? ""
                : Ui.relative(texts, r.health().lastError(), Instant.now()), r -> r.health().lastErrorText());
        column(table, "column.lastHour", 80, r -> String.valueOf(r.health().itemsLastHour()), r -> null);
        column(table, "column.total", 80, r -> String.valueOf(r.health().itemsTotal()), r -> null);
        column(table, "column.nextPoll", 110, r -> r.source().paused() || r.health().nextPoll() == null ? ""
                : Ui.relative(texts, r.health().nextPoll(), Instant.now()), r -> null);

        Runnable refresh = () -> {
            Object selected = table.getStructuredSelection().getFirstElement();
            List<Row> rows = rows();
            table.setInput(rows.toArray());
            if (selected instanceof Row old) {
                rows.stream().filter(r -> r.source().id().equals(old.source().id())).findFirst()
                        .ifPresent(r -> table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(r)));
            }
            showDetail(detail, selected(table), rows.isEmpty());
            body.layout(true, true);
        };
        Ui.button(buttons, texts, "sources.add", "sources-add", e -> {
            SourceDialog dialog = new SourceDialog(body.getShell(), texts, sources, null);
            if (dialog.open() == Window.OK) {
                refresh.run();
            }
        });
        Button edit = Ui.button(buttons, texts, "sources.edit", "sources-edit", e -> {
            Row row = selected(table);
            if (row != null && new SourceDialog(body.getShell(), texts, sources, row.source()).open() == Window.OK) {
                refresh.run();
            }
        });
        Button pause = Ui.button(buttons, texts, "sources.pause", "sources-pause", e -> {
            Row row = selected(table);
            if (row != null) {
                sources.setPaused(row.source().id(), !row.source().paused());
                refresh.run();
            }
        });
        Button poll = Ui.button(buttons, texts, "sources.poll", "sources-poll", e -> {
            Row row = selected(table);
            if (row == null) {
                return;
            }
            String id = row.source().id();
            site.setStatusMessage(texts.format("sources.polling", row.source().name()));
            CompletableFuture<PollReport> result = sources.pollNow(id).result();
            result.whenComplete((report, error) -> body.getDisplay().asyncExec(() -> {
                if (body.isDisposed()) {
                    return;
                }
                site.setStatusMessage(error != null ? texts.format("sources.pollFailed", id, error.getMessage())
                        : report.failed() ? texts.format("sources.pollFailed", id, report.error())
                        : texts.format("sources.polled", id, report.fetched(), report.stored(),
                                report.duplicates(), report.nearDuplicates()));
                refresh.run();
            }));
        });
        Button remove = Ui.button(buttons, texts, "sources.remove", "sources-remove", e -> {
            Row row = selected(table);
            if (row != null && MessageDialog.openConfirm(body.getShell(), texts.get("sources.remove.title"),
                    texts.format("sources.remove.confirm", row.source().name()))) {
                sources.remove(row.source().id());
                refresh.run();
            }
        });
        table.addSelectionChangedListener(e -> {
            Row row = selected(table);
            for (Button button : List.of(edit, pause, poll, remove)) {
                button.setEnabled(row != null);
            }
            pause.setText(texts.get(row != null && row.source().paused() ? "sources.resume" : "sources.pause"));
            showDetail(detail, row, table.getTable().getItemCount() == 0);
            buttons.layout(true);
            body.layout(true, true);
        });
        for (Button button : List.of(edit, pause, poll, remove)) {
            button.setEnabled(false);
        }
        table.addDoubleClickListener(e -> edit.notifyListeners(SWT.Selection, null));
        refresh.run();
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            if (!body.isDisposed()) {
                if (body.isVisible()) {
                    refresh.run();
                }
                body.getDisplay().timerExec(REFRESH_MILLIS, tick[0]);
            }
        };
        body.getDisplay().timerExec(REFRESH_MILLIS, tick[0]);
        return () -> table.getTable().setFocus();
    }

    private List<Row> rows() {
        Map<String, SourceHealth> health = new java.util.HashMap<>();
        sources.health().forEach(h -> health.put(h.sourceId(), h));
        List<Row> rows = new ArrayList<>();
        for (SourceConfig source : sources.list()) {
            rows.add(new Row(source, health.getOrDefault(source.id(), new SourceHealth(source.id(),
                    source.paused() ? SourceHealth.State.PAUSED : SourceHealth.State.NEW, null, null, "", 0, 0,
                    null))));
        }
        return rows;
    }

    private void showDetail(Label detail, Row row, boolean noSources) {
        if (row == null) {
            detail.setText(noSources ? texts.get("sources.empty") : "");
            return;
        }
        String error = row.health().lastErrorText();
        detail.setText(error.isEmpty() ? texts.format("sources.detail", row.source().name(),
                row.source().connectorId(), row.source().interval().toMinutes())
                : texts.format("sources.detail.error", row.source().name(), error));
    }

    private static Row selected(TableViewer table) {
        IStructuredSelection selection = table.getStructuredSelection();
        return selection.isEmpty() ? null : (Row) selection.getFirstElement();
    }

    private void column(TableViewer viewer, String key, int width, Function<Row, String> text,
                        Function<Row, String> tooltip) {
        Ui.column(viewer, texts.get(key), width, Row.class, text, tooltip);
    }
}
