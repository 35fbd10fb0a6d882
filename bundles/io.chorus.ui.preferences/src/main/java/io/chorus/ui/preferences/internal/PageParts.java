package io.chorus.ui.preferences.internal;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import io.chorus.ui.api.PreferenceSite;
import io.chorus.ui.api.Texts;

/** What the generated pages share: a scrolled body with the description on top, and reading stored values. */
final class PageParts {

    /** Reads stored values; slow, called in the background. */
    interface Read<T> {
        T read() throws Exception;
    }

    private PageParts() {
    }

    /** A scrolled body with a grid of the given columns, the description (when there is one) across the top. */
    static ScrolledComposite scrolled(Composite parent, String description, int columns) {
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        Composite content = new Composite(scrolled, SWT.NONE);
        content.setLayout(new GridLayout(columns, false));
        scrolled.setContent(content);
        if (!description.isEmpty()) {
            Label about = new Label(content, SWT.WRAP);
            about.setText(description);
            GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
            layout.widthHint = 420;
            about.setLayoutData(layout);
        }
        return scrolled;
    }

    /** The grey line at the bottom saying where the values are stored. */
    static void where(Composite content, String text, int columns) {
        Label where = new Label(content, SWT.NONE);
        where.setText(text);
        where.setForeground(content.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        where.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1));
    }

    /**
     * Reads in the background and shows the values on the UI thread, unless the page is gone by then. A failure is
     * the page's error, and the values are not shown: values that could not be read are never written over.
     */
    static <T> void load(Executor background, ScrolledComposite page, String pid, Texts texts, PreferenceSite site,
                         Read<T> read, Consumer<T> show) {
        Display display = page.getDisplay();
        background.execute(() -> {
            T values = null;
            String failure = null;
            try {
                values = read.read();
            } catch (Exception e) {
                failure = texts.format("error.read", pid, String.valueOf(e.getMessage()));
            }
            T found = values;
            String problem = failure;
            if (display.isDisposed()) {
                return;
            }
            display.asyncExec(() -> {
                if (page.isDisposed()) {
                    return;
                }
                if (problem != null) {
                    site.setError(problem);
                } else {
                    show.accept(found);
                }
            });
        });
    }
}
