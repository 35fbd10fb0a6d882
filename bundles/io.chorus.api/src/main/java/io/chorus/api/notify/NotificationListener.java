package io.chorus.api.notify;

import org.osgi.annotation.versioning.ConsumerType;

/** Told about each notification as it is posted. Register it as a service; called on the poster's thread, so return quickly. */
@ConsumerType
@FunctionalInterface
public interface NotificationListener {
    void posted(Notification notification);
}
