package io.chorus.runtime.internal.notify;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import io.chorus.api.notify.Notification;
import io.chorus.api.notify.NotificationListener;
import io.chorus.api.notify.Severity;

/** Keeps the recent notifications and hands each new one to the listeners; a listener that throws is reported, not fatal. */
public final class NotificationCentre {

    static final int KEPT = 300;

    private final Clock clock;
    private final BiConsumer<String, Throwable> failures;
    private final AtomicLong ids = new AtomicLong();
    private final Deque<Notification> recent = new ArrayDeque<>();
    private final List<NotificationListener> listeners = new CopyOnWriteArrayList<>();

    public NotificationCentre(Clock clock, BiConsumer<String, Throwable> failures) {
        this.clock = clock;
        this.failures = failures;
    }

    public Notification post(Severity severity, String title, String message, String source, String viewId,
                             Object input) {
        Notification notification = new Notification(ids.incrementAndGet(), severity, title, message, source,
                clock.instant(), viewId, input);
        synchronized (recent) {
            recent.addFirst(notification);
            while (recent.size() > KEPT) {
                recent.removeLast();
            }
        }
        for (NotificationListener listener : listeners) {
            try {
                listener.posted(notification);
            } catch (RuntimeException e) {
                failures.accept("A notification listener failed on \"" + title + "\"", e);
            }
        }
        return notification;
    }

    public List<Notification> recent() {
        synchronized (recent) {
            return List.copyOf(new ArrayList<>(recent));
        }
    }

    public void addListener(NotificationListener listener) {
        listeners.add(listener);
    }

    public void removeListener(NotificationListener listener) {
        listeners.remove(listener);
    }
}
