package io.chorus.registry.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Listener;

import io.chorus.ui.api.Texts;

/**
 * The buttons and tables of the Setup views, built one way. Each gets a {@code chorus.widget} name, by which the
 * window tests find it.
 */
final class Widgets {

    static final String NAME = "chorus.widget";

    private Widgets() {
    }

    static Button button(Composite parent, Texts texts, String key, String widget, Listener action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(texts.get(key));
        button.setData(NAME, widget);
        button.addListener(SWT.Selection, action);
        return button;
    }

    /** A table with a header and lines that fills its cell of a grid {@code span} columns wide. */
    static TableViewer table(Composite parent, String widget, int style, int span) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | style);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(NAME, widget);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, span, 1));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    static <T> TableViewerColumn column(TableViewer viewer, Texts texts, String key, int width, Class<T> type,
                                        Function<T, String> text) {
        return column(viewer, texts, key, width, type, text, row -> null, row -> null);
    }

    /** A column with a colour per row (null for the default) and a tooltip per row (null for none). */
    static <T> TableViewerColumn column(TableViewer viewer, Texts texts, String key, int width, Class<T> type,
                                        Function<T, String> text, Function<T, Color> foreground,
                                        Function<T, String> tooltip) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(texts.get(key));
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }

            @Override
            public Color getForeground(Object element) {
                return foreground.apply(type.cast(element));
            }

            @Override
            public String getToolTipText(Object element) {
                return tooltip.apply(type.cast(element));
            }
        });
        return column;
    }
}
