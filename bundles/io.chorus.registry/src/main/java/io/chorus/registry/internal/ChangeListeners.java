package io.chorus.registry.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.log.Logger;

/** Who wants to know that a registry changed. */
final class ChangeListeners {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final String registryName;

    /** @param registryName for the log, as in "the keyword registry" */
    ChangeListeners(String registryName) {
        this.registryName = registryName;
    }

    void add(Runnable listener) {
        listeners.add(listener);
    }

    void remove(Runnable listener) {
        listeners.remove(listener);
    }

    /** Tells every listener; the change is saved already, so one that fails neither fails it nor silences the rest. */
    void fire(Logger logger) {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                logger.error("A listener of {} failed: {}", registryName, e.toString(), e);
            }
        }
    }
}
