package io.chorus.ui.activity.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

import io.chorus.ui.api.Texts;
import io.chorus.ui.api.ViewPart;

/** One open Error Log view. */
final class ErrorLogPart implements ViewPart {

    /** The choices of the level filter, most severe first; INFO is the default. */
    private static final LogLevel[] LEVELS = {LogLevel.ERROR, LogLevel.WARN, LogLevel.INFO, LogLevel.TRACE};

    private final LogReaderService reader;
    private final Texts texts;
    private final Locale locale;
    private final ZoneId zone;
    private final LogRows model = new LogRows();
    private final Coalescer coalescer;
    private final LogListener listener;
    private final Composite body;
    private final Combo level;
    private final Text filter;
    private final Table table;
    private final Text details;
    private final Image[] icons = new Image[3];
    private List<LogRows.Row> shown = List.of();

    ErrorLogPart(Composite parent, LogReaderService reader, Texts texts, Locale locale, ZoneId zone) {
        this.reader = reader;
        this.texts = texts;
        this.locale = locale;
        this.zone = zone;
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(6, false));
        new Label(body, SWT.NONE).setText(texts.get("log.show"));
        level = Ui.named(new Combo(body, SWT.READ_ONLY), "log-level");
        for (LogLevel choice : LEVELS) {
            level.add(texts.get("log.atLeast." + key(choice)));
        }
        level.select(2);
        level.addListener(SWT.Selection, e -> showRows());
        new Label(body, SWT.NONE).setText(texts.get("log.filter"));
        filter = Ui.named(new Text(body, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER), "log-filter");
        filter.setMessage(texts.get("log.filter.hint"));
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, e -> showRows());
        Button copy = Ui.button(body, texts.get("log.copy"), "log-copy", e -> copy());
        copy.setToolTipText(texts.get("log.copy.tooltip"));
        Button clear = Ui.button(body, texts.get("log.clear"), "log-clear", e -> {
            model.clear();
            showRows();
        });
        clear.setToolTipText(texts.get("log.clear.tooltip"));

        SashForm sash = new SashForm(body, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
        table = Ui.named(new Table(sash, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER), "log-table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column("log.column.severity", 110);
        column("log.column.time", 160);
        column("log.column.message", 520);
        column("log.column.bundle", 200);
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int index = table.indexOf(item);
            if (index >= 0 && index < shown.size()) {
                LogRows.Row row = shown.get(index);
                item.setImage(0, icon(row.level()));
                item.setText(new String[] {severity(row.level()), Ui.when(row.time(), locale, zone),
                        firstLine(row.message()), row.bundle()});
            }
        });
        table.addListener(SWT.Selection, e -> showDetails());
        details = Ui.named(new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER),
                "log-details");
        sash.setWeights(3, 2);

        coalescer = Coalescer.on(body.getDisplay(), () -> {
            if (!body.isDisposed() && model.drain()) {
                showRows();
            }
        });
        listener = entry -> {
            model.added(entry);
            coalescer.signal();
        };
        // Listen first, then read the history: an entry in both is shown once (by its sequence number).
        reader.addLogListener(listener);
        body.addListener(SWT.Dispose, e -> {
            reader.removeLogListener(listener);
            for (Image icon : icons) {
                if (icon != null) {
                    icon.dispose();
                }
            }
        });
        model.history(Collections.list(reader.getLog()).iterator());
        model.drain();
        showRows();
    }

    private void column(String key, int width) {
        TableColumn column = new TableColumn(table, SWT.NONE);
        column.setText(texts.get(key));
        column.setWidth(width);
    }

    private static String key(LogLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    private String severity(LogLevel level) {
        return texts.get("log.level." + key(level));
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end) + " …";
    }

    /** The system's small severity icons; scaled once per view and disposed with it. */
    private Image icon(LogLevel level) {
        int index = switch (level) {
            case AUDIT, ERROR -> 0;
            case WARN -> 1;
            default -> 2;
        };
        if (icons[index] == null) {
            Display display = table.getDisplay();
            int system = index == 0 ? SWT.ICON_ERROR : index == 1 ? SWT.ICON_WARNING : SWT.ICON_INFORMATION;
            Image big = display.getSystemImage(system);
            icons[index] = big == null ? null : new Image(display, big.getImageData().scaledTo(16, 16));
        }
        return icons[index];
    }

    private LogRows.Filter currentFilter() {
        return new LogRows.Filter(LEVELS[Math.max(0, level.getSelectionIndex())], filter.getText());
    }

    private void showRows() {
        if (body.isDisposed()) {
            return;
        }
        List<Long> selected = new ArrayList<>();
        for (int index : table.getSelectionIndices()) {
            if (index < shown.size()) {
                selected.add(shown.get(index).sequence());
            }
        }
        shown = model.rows(currentFilter());
        table.setItemCount(shown.size());
        table.clearAll();
        List<Integer> reselect = new ArrayList<>();
        for (int i = 0; i < shown.size() && reselect.size() < selected.size(); i++) {
            if (selected.contains(shown.get(i).sequence())) {
                reselect.add(i);
            }
        }
        table.setSelection(reselect.stream().mapToInt(Integer::intValue).toArray());
        showDetails();
    }

    private List<LogRows.Row> selectedRows() {
        List<LogRows.Row> rows = new ArrayList<>();
        for (int index : table.getSelectionIndices()) {
            if (index < shown.size()) {
                rows.add(shown.get(index));
            }
        }
        return rows;
    }

    private void showDetails() {
        List<LogRows.Row> rows = selectedRows();
        if (rows.isEmpty()) {
            details.setText(shown.isEmpty() ? texts.get("log.empty") : "");
            return;
        }
        LogRows.Row row = rows.get(0);
        details.setText(row.message() + (row.trace().isEmpty() ? "" : "\n\n" + row.trace()));
    }

    /** Copies the selected entries, or all shown when none is selected, with their traces. */
    private void copy() {
        List<LogRows.Row> rows = selectedRows();
        if (rows.isEmpty()) {
            rows = shown;
        }
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (LogRows.Row row : rows) {
            text.append(row.describe(severity(row.level()), Ui.when(row.time(), locale, zone))).append('\n');
        }
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            clipboard.setContents(new Object[] {text.toString()}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
