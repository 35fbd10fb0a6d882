package io.chorus.ui.activity.internal;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.notify.Notification;
import io.chorus.api.notify.NotificationListener;
import io.chorus.api.notify.Severity;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.Workbench;

/**
 * Shows each notification as a small pop-up at the bottom-right of the window, stacked, without taking the keyboard
 * focus. Information and warnings hide after a few seconds; alerts stay until closed. A click opens the details.
 */
@Component
public final class NotificationPopups implements NotificationListener {

    /** How long information and warnings stay. */
    static final int HIDE_MILLIS = 8000;
    /** More at once would cover the window; the oldest go first (all stay in the Notifications view). */
    static final int MAX_SHOWN = 5;
    private static final int WIDTH = 340;

    private final Workbench workbench;
    private final Texts texts;
    private final Locale locale;
    private final ZoneId zone;
    private final BiConsumer<Integer, Runnable> later;
    private final Coalescer coalescer;
    private final Deque<Notification> pending = new ArrayDeque<>();
    /** Oldest first; only the UI thread. */
    private final List<Popup> shown = new ArrayList<>();
    private Shell watchedWindow;
    private Font bold;

    @Activate
    public NotificationPopups(BundleContext context, @Reference Workbench workbench) {
        this(workbench, Texts.of(context.getBundle(), Locale.getDefault()), Locale.getDefault(),
                ZoneId.systemDefault(), workbench.display()::timerExec);
    }

    /** @param later runs a task on the UI thread after some milliseconds (the auto-hide) */
    NotificationPopups(Workbench workbench, Texts texts, Locale locale, ZoneId zone,
                       BiConsumer<Integer, Runnable> later) {
        this.workbench = workbench;
        this.texts = texts;
        this.locale = locale;
        this.zone = zone;
        this.later = later;
        this.coalescer = Coalescer.on(workbench.display(), this::showPending);
    }

    @Override
    public void posted(Notification notification) {
        synchronized (pending) {
            pending.addLast(notification);
            while (pending.size() > MAX_SHOWN) {
                pending.removeFirst(); // would be pushed out at once anyway
            }
        }
        coalescer.signal();
    }

    @Deactivate
    void deactivate() {
        Display display = workbench.display();
        if (!display.isDisposed()) {
            display.asyncExec(() -> new ArrayList<>(shown).forEach(Popup::close));
        }
    }

    /** The pop-ups on screen, oldest first; the UI thread. */
    List<Shell> shells() {
        return shown.stream().map(popup -> popup.shell).toList();
    }

    private void showPending() {
        List<Notification> taken;
        synchronized (pending) {
            taken = new ArrayList<>(pending);
            pending.clear();
        }
        Shell window = workbench.shell().filter(shell -> !shell.isDisposed()).orElse(null);
        for (Notification notification : taken) {
            Popup popup = new Popup(window, notification);
            shown.add(popup);
            if (notification.severity() != Severity.ALERT) {
                later.accept(HIDE_MILLIS, popup::close);
            }
        }
        while (shown.size() > MAX_SHOWN) {
            shown.get(0).close();
        }
        if (window != null && window != watchedWindow) {
            watchedWindow = window;
            Listener follow = e -> arrange();
            window.addListener(SWT.Move, follow);
            window.addListener(SWT.Resize, follow);
        }
        arrange();
        for (Popup popup : shown) {
            // setVisible, not open(): open() would activate the pop-up and take the focus from the user's work.
            if (!popup.shell.getVisible()) {
                popup.shell.setVisible(true);
            }
        }
    }

    private void arrange() {
        shown.removeIf(popup -> popup.shell.isDisposed());
        Display display = workbench.display();
        Rectangle area = watchedWindow != null && !watchedWindow.isDisposed()
                ? display.map(watchedWindow, null, watchedWindow.getClientArea())
                : display.getPrimaryMonitor().getClientArea();
        List<Point> places = PopupStack.place(area, shown.stream().map(popup -> popup.shell.getSize()).toList());
        for (int i = 0; i < shown.size(); i++) {
            shown.get(i).shell.setLocation(places.get(i));
        }
    }

    private Font bold(Display display) {
        if (bold == null) {
            FontData[] data = display.getSystemFont().getFontData();
            for (FontData each : data) {
                each.setStyle(SWT.BOLD);
            }
            bold = new Font(display, data);
            display.disposeExec(bold::dispose);
        }
        return bold;
    }

    /** One pop-up. */
    private final class Popup {
        final Notification notification;
        final Shell shell;
        Image icon;

        Popup(Shell window, Notification notification) {
            this.notification = notification;
            Display display = workbench.display();
            int style = SWT.ON_TOP | SWT.NO_TRIM | SWT.TOOL | SWT.NO_FOCUS;
            shell = Ui.named(window != null ? new Shell(window, style) : new Shell(display, style),
                    "notification-popup");
            shell.setLayout(new GridLayout(1, false));
            shell.setBackground(display.getSystemColor(notification.severity() == Severity.ALERT ? SWT.COLOR_RED
                    : notification.severity() == Severity.WARNING ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_DARK_GRAY));
            Composite box = new Composite(shell, SWT.NONE);
            box.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            // List colours, not tooltip ones: some themes draw tooltips light-on-dark, which hides the grey source line.
            box.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
            GridLayout layout = new GridLayout(3, false);
            layout.marginWidth = 10;
            layout.marginHeight = 8;
            box.setLayout(layout);

            Label image = new Label(box, SWT.NONE);
            int system = switch (notification.severity()) {
                case ALERT -> SWT.ICON_ERROR;
                case WARNING -> SWT.ICON_WARNING;
                case INFO -> SWT.ICON_INFORMATION;
            };
            Image big = display.getSystemImage(system);
            if (big != null) {
                icon = new Image(display, big.getImageData().scaledTo(16, 16));
                image.setImage(icon);
            }
            Label title = Ui.named(new Label(box, SWT.WRAP), "notification-title");
            title.setText(notification.title());
            title.setFont(bold(display));
            GridData titleData = new GridData(SWT.FILL, SWT.CENTER, true, false);
            titleData.widthHint = WIDTH - 80;
            title.setLayoutData(titleData);
            Button close = Ui.named(new Button(box, SWT.PUSH | SWT.FLAT), "notification-close");
            close.setText("✕");
            close.setToolTipText(texts.get("notification.close"));
            close.addListener(SWT.Selection, e -> close());

            Label message = Ui.named(new Label(box, SWT.WRAP), "notification-message");
            message.setText(notification.message());
            GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
            messageData.widthHint = WIDTH - 20;
            message.setLayoutData(messageData);
            Label source = Ui.named(new Label(box, SWT.WRAP), "notification-source");
            String when = Ui.when(notification.postedAt(), locale, zone);
            source.setText(notification.viewId().isEmpty()
                    ? texts.format("notification.from", notification.source(), when)
                    : texts.format("notification.fromOpen", notification.source(), when));
            GridData sourceData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
            sourceData.widthHint = WIDTH - 20;
            source.setLayoutData(sourceData);

            Listener open = e -> {
                if (e.button == 1) {
                    open();
                }
            };
            for (Control control : new Control[] {shell, box, image, title, message, source}) {
                if (control != shell) {
                    control.setBackground(box.getBackground());
                    control.setForeground(display.getSystemColor(control == source ? SWT.COLOR_DARK_GRAY
                            : SWT.COLOR_LIST_FOREGROUND));
                }
                control.addListener(SWT.MouseUp, open);
                if (!notification.viewId().isEmpty()) {
                    control.setCursor(display.getSystemCursor(SWT.CURSOR_HAND));
                }
            }
            shell.setSize(shell.computeSize(WIDTH, SWT.DEFAULT));
            shell.addListener(SWT.Dispose, e -> {
                if (icon != null) {
                    icon.dispose();
                }
            });
        }

        void open() {
            if (notification.viewId().isEmpty()) {
                return;
            }
            Ui.openDetails(workbench, notification);
            close();
        }

        void close() {
            shown.remove(this);
            if (!shell.isDisposed()) {
                shell.dispose();
                arrange();
            }
        }
    }
}
