package io.chorus.ui.activity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Widget;

import io.chorus.api.notify.Notification;
import io.chorus.ui.api.Workbench;

/** Widgets of the activity views, each named ({@code chorus.widget}) so that window tests can find it. */
final class Ui {

    static final String WIDGET = "chorus.widget";

    private Ui() {
    }

    static <W extends Widget> W named(W widget, String name) {
        widget.setData(WIDGET, name);
        return widget;
    }

    static Button button(Composite parent, String text, String name, Listener action) {
        Button button = named(new Button(parent, SWT.PUSH), name);
        button.setText(text);
        button.addListener(SWT.Selection, action);
        return button;
    }

    /** A date and time in the window's locale and the user's zone, seconds included (log lines come in bursts). */
    static String when(Instant instant, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(zone));
    }

    /** Opens the view a notification names, with its input when it has one. */
    static void openDetails(Workbench workbench, Notification notification) {
        if (notification.input() == null) {
            workbench.showView(notification.viewId());
        } else {
            workbench.showView(notification.viewId(), notification.input());
        }
    }

    /** "0:07", "1:02:03": how long a job has run. */
    static String elapsed(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long hours = seconds / 3600;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
