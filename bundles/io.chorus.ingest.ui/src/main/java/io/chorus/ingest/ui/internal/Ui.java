package io.chorus.ingest.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Listener;

import io.chorus.ui.api.Texts;

/** Widgets of the monitoring views, each named ({@code chorus.widget}) so that window tests can find it. */
final class Ui {

    static final String WIDGET = "chorus.widget";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private Ui() {
    }

    static Button button(Composite parent, Texts texts, String key, String name, Listener action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(texts.get(key));
        button.setData(WIDGET, name);
        button.addListener(SWT.Selection, action);
        return button;
    }

    static TableViewer table(Composite parent, String name, int style) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | style);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(WIDGET, name);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    static <T> TableViewerColumn column(TableViewer viewer, String title, int width, Class<T> type,
                                        Function<T, String> text, Function<T, String> tooltip) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }

            @Override
            public String getToolTipText(Object element) {
                return tooltip.apply(type.cast(element));
            }
        });
        return column;
    }

    /** A date and time in the user's zone and locale, or empty. */
    static String when(Instant instant) {
        return instant == null ? "" : WHEN.withLocale(Locale.getDefault()).format(instant.atZone(ZoneId.systemDefault()));
    }

    /** "5 min ago", "in 2 h" in the view's language. */
    static String relative(Texts texts, Instant instant, Instant now) {
        if (instant == null) {
            return texts.get("time.never");
        }
        Duration between = Duration.between(instant, now);
        boolean past = !between.isNegative();
        Duration length = between.abs();
        String amount;
        if (length.toMinutes() < 1) {
            amount = texts.format("time.seconds", length.toSeconds());
        } else if (length.toHours() < 1) {
            amount = texts.format("time.minutes", length.toMinutes());
        } else if (length.toDays() < 1) {
            amount = texts.format("time.hours", length.toHours());
        } else {
            amount = texts.format("time.days", length.toDays());
        }
        return texts.format(past ? "time.ago" : "time.in", amount);
    }
}
