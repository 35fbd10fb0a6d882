package io.chorus.api.notify;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Posts notifications and remembers the recent ones. Thread-safe. */
@ProviderType
public interface Notifications {

    /**
     * Posts a notification to every {@link NotificationListener}.
     *
     * @param viewId the view with the details, or empty
     * @param input  what that view should show, or null
     * @return the notification as posted, with its id and time
     */
    Notification post(Severity severity, String title, String message, String source, String viewId, Object input);

    /** The most recent notifications, newest first (at most a few hundred are kept). */
    List<Notification> recent();
}
