package io.chorus.runtime.internal.notify;

import java.time.Clock;
import java.util.List;

import io.chorus.api.notify.Notification;
import io.chorus.api.notify.NotificationListener;
import io.chorus.api.notify.Notifications;
import io.chorus.api.notify.Severity;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/** The notifications of this process; listeners (the window's pop-ups) come and go as services. */
@Component(service = Notifications.class)
public final class NotificationsComponent implements Notifications {

    private final Logger logger;
    private final NotificationCentre centre;

    @Activate
    public NotificationsComponent(@Reference(service = LoggerFactory.class) Logger logger) {
        this.logger = logger;
        this.centre = new NotificationCentre(Clock.systemUTC(), (message, error) -> logger.error(message, error));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(NotificationListener listener) {
        centre.addListener(listener);
    }

    void removeListener(NotificationListener listener) {
        centre.removeListener(listener);
    }

    @Override
    public Notification post(Severity severity, String title, String message, String source, String viewId,
                             Object input) {
        Notification notification = centre.post(severity, title, message, source, viewId, input);
        // The log keeps alerts after the pop-up is gone, and the Error Log view shows them.
        if (severity == Severity.ALERT) {
            logger.warn("{}: {} ({})", title, message, source);
        } else {
            logger.info("{}: {} ({})", title, message, source);
        }
        return notification;
    }

    @Override
    public List<Notification> recent() {
        return centre.recent();
    }
}
