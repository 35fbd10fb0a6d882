package io.chorus.launcher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;

import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.feature.FeatureConfiguration;

/**
 * Puts the features' default configurations into Configuration Admin before any component starts, so a component
 * sees its feature's configuration from its first activation, and a command run right after start-up sees it too.
 *
 * <p>Defaults never overwrite a person's choice: each configuration Chorus writes carries a digest of the values it
 * wrote. At the next start, a configuration whose values still match that digest is brought up to date with the
 * features (or deleted when its feature is gone); one that someone changed since is left alone.
 *
 * <p>Configuration Admin's types live in a bundle the launcher cannot see, so it is driven through reflection on
 * its public interfaces.
 */
final class FeatureConfigurations {

    /** Private (dot) properties that mark a configuration as a feature default, and what was written. */
    static final String OWNER = ".chorus.source";
    static final String DIGEST = ".chorus.digest";
    private static final String OWNER_VALUE = "features";
    private static final Set<String> FRAMEWORK_KEYS = Set.of("service.pid", "service.factoryPid",
            "service.bundleLocation");

    private FeatureConfigurations() {
    }

    /** Applies the defaults; returns what could not be applied, in words. */
    static List<String> apply(BundleContext context, Map<String, FeatureConfiguration> configurations) {
        List<String> problems = new ArrayList<>();
        ServiceReference<?> reference = context.getServiceReference("org.osgi.service.cm.ConfigurationAdmin");
        if (reference == null) {
            if (!configurations.isEmpty()) {
                problems.add("Configuration Admin is not running, so the features' configurations ("
                        + String.join(", ", configurations.keySet()) + ") are not applied");
            }
            return problems;
        }
        Object admin = context.getService(reference);
        try {
            Class<?> adminType = reference.getBundle().loadClass("org.osgi.service.cm.ConfigurationAdmin");
            Class<?> configurationType = reference.getBundle().loadClass("org.osgi.service.cm.Configuration");
            Admin cm = new Admin(admin, adminType, configurationType);
            for (Map.Entry<String, FeatureConfiguration> entry : new TreeMap<>(configurations).entrySet()) {
                try {
                    applyOne(cm, entry.getKey(), entry.getValue());
                } catch (ReflectiveOperationException | RuntimeException e) {
                    problems.add("the configuration " + entry.getKey() + " cannot be applied: " + causeOf(e));
                }
            }
            for (Object stale : cm.list("(" + OWNER + "=" + OWNER_VALUE + ")")) {
                String pid = cm.pid(stale);
                if (!configurations.containsKey(pid) && unchanged(cm.properties(stale))) {
                    cm.delete(stale);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            problems.add("the features' configurations cannot be applied: " + causeOf(e));
        } finally {
            context.ungetService(reference);
        }
        return problems;
    }

    private static void applyOne(Admin cm, String pid, FeatureConfiguration feature)
            throws ReflectiveOperationException {
        Hashtable<String, Object> wanted = new Hashtable<>(feature.getValues());
        Object[] existing = cm.list("(service.pid=" + escape(pid) + ")");
        Dictionary<String, Object> current = existing.length == 0 ? null : cm.properties(existing[0]);
        if (current != null) {
            boolean ours = OWNER_VALUE.equals(current.get(OWNER));
            if (!ours || !unchanged(current)) {
                return; // Created or changed by a person: theirs to keep.
            }
            if (digest(current).equals(digest(wanted))) {
                return; // Already the features' values.
            }
        }
        wanted.put(OWNER, OWNER_VALUE);
        wanted.put(DIGEST, digest(wanted));
        Object configuration = existing.length > 0 ? existing[0]
                : feature.getFactoryPid().isPresent()
                        ? cm.factoryConfiguration(feature.getFactoryPid().get(),
                                pid.substring(pid.indexOf('~') + 1))
                        : cm.configuration(pid);
        cm.update(configuration, wanted);
    }

    /** Whether the values still match the digest written with them. */
    static boolean unchanged(Dictionary<String, Object> properties) {
        Object written = properties == null ? null : properties.get(DIGEST);
        return written != null && written.equals(digest(properties));
    }

    /** A stable text of the values (not the framework's or Chorus' own keys), types included. */
    static String digest(Dictionary<String, Object> properties) {
        TreeMap<String, String> values = new TreeMap<>();
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            if (key.startsWith(".") || FRAMEWORK_KEYS.contains(key)) {
                continue;
            }
            Object value = properties.get(key);
            String text = value == null ? "null" : value.getClass().isArray()
                    ? Arrays.deepToString(new Object[] {value}) : String.valueOf(value);
            values.put(key, (value == null ? "" : value.getClass().getSimpleName()) + ":" + text);
        }
        return Integer.toHexString(values.toString().hashCode()) + "-" + values.size();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("*", "\\*");
    }

    private static String causeOf(Throwable error) {
        Throwable cause = error instanceof InvocationTargetException target && target.getCause() != null
                ? target.getCause() : error;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    /** The few Configuration Admin calls needed, by reflection. */
    private record Admin(Object admin, Class<?> adminType, Class<?> configurationType) {

        Object[] list(String filter) throws ReflectiveOperationException {
            Object[] found = (Object[]) adminType.getMethod("listConfigurations", String.class).invoke(admin, filter);
            return found == null ? new Object[0] : found;
        }

        Object configuration(String pid) throws ReflectiveOperationException {
            return adminType.getMethod("getConfiguration", String.class, String.class).invoke(admin, pid, "?");
        }

        Object factoryConfiguration(String factoryPid, String name) throws ReflectiveOperationException {
            return adminType.getMethod("getFactoryConfiguration", String.class, String.class, String.class)
                    .invoke(admin, factoryPid, name, "?");
        }

        String pid(Object configuration) throws ReflectiveOperationException {
            return (String) configurationType.getMethod("getPid").invoke(configuration);
        }

        @SuppressWarnings("unchecked")
        Dictionary<String, Object> properties(Object configuration) throws ReflectiveOperationException {
            Object properties = configurationType.getMethod("getProperties").invoke(configuration);
            return properties == null ? new Hashtable<>() : (Dictionary<String, Object>) properties;
        }

        void update(Object configuration, Dictionary<String, Object> properties) throws ReflectiveOperationException {
            Method update = configurationType.getMethod("update", Dictionary.class);
            update.invoke(configuration, properties);
        }

        void delete(Object configuration) throws ReflectiveOperationException {
            configurationType.getMethod("delete").invoke(configuration);
        }
    }

}
