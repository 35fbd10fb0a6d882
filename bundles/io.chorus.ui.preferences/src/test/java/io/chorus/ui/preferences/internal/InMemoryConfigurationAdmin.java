package io.chorus.ui.preferences.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Configurations in memory, recording every dictionary it is given and every deletion (Felix ConfigAdmin needs a
 * running framework). Like Felix: a factory configuration gets the PID {@code <factoryPid>~<name>} and the properties
 * {@code service.pid} and {@code service.factoryPid}; one never updated has no properties and is not listed; filters
 * are real LDAP filters.
 */
final class InMemoryConfigurationAdmin implements ConfigurationAdmin {

    record Update(String pid, Hashtable<String, Object> properties) {
    }

    private final Map<String, Hashtable<String, Object>> stored = new LinkedHashMap<>();
    final List<Update> updates = Collections.synchronizedList(new ArrayList<>());
    final List<String> deleted = Collections.synchronizedList(new ArrayList<>());
    private int created;

    synchronized void put(String pid, Map<String, Object> properties) {
        Hashtable<String, Object> copy = new Hashtable<>(properties);
        copy.put("service.pid", pid);
        stored.put(pid, copy);
    }

    /** Stores a factory configuration as if an administrator had created it; returns its PID. */
    synchronized String putFactory(String factoryPid, String name, Map<String, Object> properties) {
        String pid = factoryPid + "~" + name;
        Hashtable<String, Object> copy = new Hashtable<>(properties);
        copy.put("service.pid", pid);
        copy.put("service.factoryPid", factoryPid);
        stored.put(pid, copy);
        return pid;
    }

    synchronized Hashtable<String, Object> stored(String pid) {
        return stored.get(pid);
    }

    @Override
    public Configuration getConfiguration(String pid, String location) {
        return new Stored(pid, null);
    }

    @Override
    public Configuration getConfiguration(String pid) {
        return new Stored(pid, null);
    }

    @Override
    public synchronized Configuration createFactoryConfiguration(String factoryPid) {
        return new Stored(factoryPid + "." + ++created, factoryPid);
    }

    @Override
    public Configuration createFactoryConfiguration(String factoryPid, String location) {
        return createFactoryConfiguration(factoryPid);
    }

    @Override
    public synchronized Configuration getFactoryConfiguration(String factoryPid, String name, String location) {
        String pid = factoryPid + "~" + name;
        Hashtable<String, Object> existing = stored.get(pid);
        if (existing != null && !factoryPid.equals(existing.get("service.factoryPid"))) {
            throw new IllegalStateException(pid + " is a singleton configuration");
        }
        return new Stored(pid, factoryPid);
    }

    @Override
    public Configuration getFactoryConfiguration(String factoryPid, String name) {
        return getFactoryConfiguration(factoryPid, name, null);
    }

    @Override
    public synchronized Configuration[] listConfigurations(String filter) throws InvalidSyntaxException {
        Filter parsed = filter == null ? null : FrameworkUtil.createFilter(filter);
        List<Configuration> found = new ArrayList<>();
        stored.forEach((pid, properties) -> {
            if (parsed == null || parsed.matches(properties)) {
                found.add(new Stored(pid, (String) properties.get("service.factoryPid")));
            }
        });
        return found.isEmpty() ? null : found.toArray(Configuration[]::new); // null for none, as the spec says
    }

    private final class Stored implements Configuration {
        private final String pid;
        private final String factoryPid;

        Stored(String pid, String factoryPid) {
            this.pid = pid;
            this.factoryPid = factoryPid;
        }

        @Override
        public String getPid() {
            return pid;
        }

        @Override
        public Dictionary<String, Object> getProperties() {
            synchronized (InMemoryConfigurationAdmin.this) {
                Hashtable<String, Object> properties = stored.get(pid);
                return properties == null ? null : new Hashtable<>(properties);
            }
        }

        @Override
        public Dictionary<String, Object> getProcessedProperties(ServiceReference<?> reference) {
            return getProperties();
        }

        @Override
        public void update(Dictionary<String, ?> properties) {
            Hashtable<String, Object> copy = new Hashtable<>();
            for (var keys = properties.keys(); keys.hasMoreElements(); ) {
                String key = keys.nextElement();
                copy.put(key, properties.get(key));
            }
            updates.add(new Update(pid, new Hashtable<>(copy)));
            copy.put("service.pid", pid);
            if (factoryPid != null) {
                copy.put("service.factoryPid", factoryPid);
            }
            synchronized (InMemoryConfigurationAdmin.this) {
                stored.put(pid, copy);
            }
        }

        @Override
        public boolean updateIfDifferent(Dictionary<String, ?> properties) {
            update(properties);
            return true;
        }

        @Override
        public void delete() {
            synchronized (InMemoryConfigurationAdmin.this) {
                stored.remove(pid);
            }
            deleted.add(pid);
        }

        @Override
        public String getFactoryPid() {
            return factoryPid;
        }

        @Override
        public void update() throws IOException {
            throw new IOException("not supported");
        }

        @Override
        public void setBundleLocation(String location) {
        }

        @Override
        public String getBundleLocation() {
            return "?";
        }

        @Override
        public long getChangeCount() {
            return updates.size();
        }

        @Override
        public void addAttributes(ConfigurationAttribute... attrs) {
        }

        @Override
        public Set<ConfigurationAttribute> getAttributes() {
            return Set.of();
        }

        @Override
        public void removeAttributes(ConfigurationAttribute... attrs) {
        }
    }
}
