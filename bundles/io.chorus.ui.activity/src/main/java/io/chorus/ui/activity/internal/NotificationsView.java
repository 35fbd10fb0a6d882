package io.chorus.ui.activity.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.notify.Notification;
import io.chorus.api.notify.NotificationListener;
import io.chorus.api.notify.Notifications;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.View;
import io.chorus.ui.api.ViewContribution;
import io.chorus.ui.api.ViewPart;
import io.chorus.ui.api.ViewSite;
import io.chorus.ui.api.Workbench;

/**
 * The Notifications view: the recent notifications, newest first; a double-click (or Enter) opens the details. It
 * listens to notifications itself so that open views update as they arrive.
 */
@Component(service = ViewContribution.class)
@View(id = NotificationsView.ID, label = "%view.notifications", category = "%category.general")
public final class NotificationsView implements ViewContribution {

    static final String ID = "io.chorus.notifications";

    private final Notifications notifications;
    private final Texts texts;
    private final Locale locale;
    private final ZoneId zone;
    private final List<Coalescer> openViews = new CopyOnWriteArrayList<>();

    /** Registered by the view itself: as a component service, Notifications and this view would need each other. */
    private ServiceRegistration<NotificationListener> listening;

    @Activate
    public NotificationsView(BundleContext context, @Reference Notifications notifications) {
        this(notifications, Texts.of(context.getBundle(), Locale.getDefault()), Locale.getDefault(),
                ZoneId.systemDefault());
        listening = context.registerService(NotificationListener.class, this::posted, null);
    }

    @Deactivate
    void deactivate() {
        if (listening != null) {
            try {
                listening.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping
            }
        }
    }

    NotificationsView(Notifications notifications, Texts texts, Locale locale, ZoneId zone) {
        this.notifications = notifications;
        this.texts = texts;
        this.locale = locale;
        this.zone = zone;
    }

    /** A notification was posted: open views refresh (coalesced). */
    void posted(Notification notification) {
        openViews.forEach(Coalescer::signal);
    }

    @Override
    public ViewPart createView(Composite parent, ViewSite site) {
        Workbench workbench = site.workbench();
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        Label hint = new Label(body, SWT.NONE);
        hint.setText(texts.get("notifications.hint"));
        Table table = Ui.named(new Table(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER), "notifications-table");
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String[] column : new String[][] {{"notifications.column.severity", "110"},
                {"notifications.column.time", "150"}, {"notifications.column.title", "220"},
                {"notifications.column.message", "420"}, {"notifications.column.source", "110"}}) {
            TableColumn created = new TableColumn(table, SWT.NONE);
            created.setText(texts.get(column[0]));
            created.setWidth(Integer.parseInt(column[1]));
        }
        Runnable refresh = () -> {
            if (table.isDisposed()) {
                return;
            }
            Object selected = table.getSelectionCount() == 0 ? null : table.getSelection()[0].getData();
            table.removeAll();
            for (Notification notification : notifications.recent()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setData(notification);
                item.setText(new String[] {texts.get("severity." + notification.severity().name()
                        .toLowerCase(Locale.ROOT)), Ui.when(notification.postedAt(), locale, zone),
                        notification.title(), notification.message(), notification.source()});
                if (notification.equals(selected)) {
                    table.setSelection(item);
                }
            }
        };
        table.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof Notification notification
                    && !notification.viewId().isEmpty()) {
                Ui.openDetails(workbench, notification);
            }
        });
        Coalescer coalescer = Coalescer.on(body.getDisplay(), refresh);
        openViews.add(coalescer);
        body.addListener(SWT.Dispose, e -> openViews.remove(coalescer));
        refresh.run();
        return table::setFocus;
    }
}
