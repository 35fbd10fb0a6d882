package io.chorus.ui.workbench.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Quick access (Ctrl+3): a small window with a filter field over every command, view and perspective; Enter runs
 * the selected line, Escape or clicking elsewhere closes it.
 */
final class CommandPalette {

    static final String WIDGET = "command-palette";

    private final Shell shell;
    private final Text filter;
    private final Table table;
    private final List<PaletteEntry> entries;
    private final Locale locale;
    private List<PaletteEntry> shown = List.of();

    CommandPalette(Shell parent, List<PaletteEntry> entries, Locale locale, String hint) {
        this.entries = entries;
        this.locale = locale;
        shell = new Shell(parent, SWT.ON_TOP | SWT.TOOL | SWT.BORDER | SWT.RESIZE);
        shell.setData("chorus.widget", WIDGET);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 6;
        layout.marginHeight = 6;
        shell.setLayout(layout);
        filter = new Text(shell, SWT.SINGLE | SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
        filter.setMessage(hint);
        filter.setData("chorus.widget", WIDGET + "/filter");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(shell, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setData("chorus.widget", WIDGET + "/results");
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new TableColumn(table, SWT.LEFT);
        new TableColumn(table, SWT.LEFT);
        new TableColumn(table, SWT.RIGHT);

        filter.addListener(SWT.Modify, event -> fill());
        filter.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_ESCAPE) {
                event.doit = false;
                shell.close();
            } else if (event.detail == SWT.TRAVERSE_RETURN) {
                event.doit = false;
                runSelected();
            }
        });
        filter.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN || event.keyCode == SWT.ARROW_UP) {
                event.doit = false;
                int index = table.getSelectionIndex() + (event.keyCode == SWT.ARROW_DOWN ? 1 : -1);
                if (index >= 0 && index < table.getItemCount()) {
                    table.setSelection(index);
                }
            }
        });
        filter.addListener(SWT.DefaultSelection, event -> runSelected());
        table.addListener(SWT.DefaultSelection, event -> runSelected());
        table.addListener(SWT.MouseUp, event -> runSelected());
        shell.addListener(SWT.Deactivate, event -> shell.getDisplay().asyncExec(() -> {
            if (!shell.isDisposed()) {
                shell.close();
            }
        }));
        fill();
        Rectangle area = parent.getBounds();
        int width = Math.min(640, area.width - 40);
        shell.setBounds(area.x + (area.width - width) / 2, area.y + 80, width, 360);
    }

    void open() {
        shell.open();
        filter.setFocus();
    }

    Shell shell() {
        return shell;
    }

    private void fill() {
        shown = PaletteEntry.filter(entries, filter.getText(), locale);
        table.setRedraw(false);
        table.removeAll();
        for (PaletteEntry entry : shown) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(0, entry.label());
            item.setText(1, entry.category().isEmpty() ? entry.kind() : entry.kind() + " \u00b7 " + entry.category());
            item.setText(2, entry.keys());
        }
        if (!shown.isEmpty()) {
            table.setSelection(0);
        }
        int width = Math.max(200, table.getClientArea().width);
        table.getColumn(0).setWidth(width * 55 / 100);
        table.getColumn(1).setWidth(width * 30 / 100);
        table.getColumn(2).setWidth(width * 15 / 100);
        table.setRedraw(true);
    }

    private void runSelected() {
        if (shell.isDisposed()) {
            return; // Enter arrives as a traversal and as a default selection: run once
        }
        int index = table.getSelectionIndex();
        if (index < 0 || index >= shown.size()) {
            return;
        }
        PaletteEntry entry = shown.get(index);
        shell.close();
        entry.action().run();
    }
}
