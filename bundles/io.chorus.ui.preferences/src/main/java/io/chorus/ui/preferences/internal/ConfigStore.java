package io.chorus.ui.preferences.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import io.chorus.api.ingest.Secrets;

/** Reads and writes singleton and factory configurations in Configuration Admin. */
final class ConfigStore {

    /** One configuration of a factory PID as stored now. */
    record FactoryEntry(String pid, String name, Dictionary<String, Object> properties) {
    }

    private final ConfigurationAdmin admin;
    private final Secrets secrets;

    /** @param secrets seals secret settings before they are stored; null when the core's ingest bundle is missing */
    ConfigStore(ConfigurationAdmin admin, Secrets secrets) {
        this.admin = admin;
        this.secrets = secrets;
    }

    /**
     * Seals the secret settings that were typed in clear; stored (already sealed) ones stay as they are, so an
     * untouched secret is never rewritten. Configuration Admin writes its files in clear, so a secret never reaches
     * it unsealed.
     */
    Dictionary<String, Object> sealed(Dictionary<String, Object> properties, Set<String> secretIds)
            throws IOException {
        for (String id : secretIds) {
            Object value = properties.get(id);
            if (value instanceof String text && !text.isEmpty() && (secrets == null || !secrets.isSealed(text))) {
                if (secrets == null) {
                    throw new IOException("secret settings cannot be stored safely without the core feature's"
                            + " ingest bundle, which keeps the encryption key; install core again");
                }
                properties.put(id, secrets.seal(text));
            }
        }
        return properties;
    }

    /** The stored properties of a PID, empty when none are stored yet. */
    Dictionary<String, Object> read(String pid) throws IOException {
        // "?" binds to no bundle, so the configuration reaches the designating bundle whichever that is
        Dictionary<String, Object> properties = admin.getConfiguration(pid, "?").getProperties();
        return properties == null ? new Hashtable<>() : properties;
    }

    /** Stores the properties of a PID; the same values again are not written (no needless component restart). */
    void write(String pid, Dictionary<String, Object> properties, Set<String> secretIds) throws IOException {
        Configuration configuration = admin.getConfiguration(pid, "?");
        configuration.updateIfDifferent(sealed(properties, secretIds));
    }

    /** The configurations of a factory PID, oldest name first (a named one is {@code <factoryPid>~<name>}). */
    List<FactoryEntry> list(String factoryPid) throws IOException {
        List<FactoryEntry> entries = new ArrayList<>();
        for (Configuration configuration : find("(service.factoryPid=" + escape(factoryPid) + ")")) {
            Dictionary<String, Object> properties = configuration.getProperties();
            if (properties != null) {
                entries.add(new FactoryEntry(configuration.getPid(), nameOf(factoryPid, configuration.getPid()),
                        properties));
            }
        }
        // shorter first puts account-2 before account-10
        entries.sort(Comparator.comparing(FactoryEntry::name, Comparator.comparingInt(String::length)
                .thenComparing(Comparator.naturalOrder())));
        return entries;
    }

    /** A configuration name not used yet under the factory PID: {@code account-1}, {@code account-2} ... */
    static String freeName(String prefix, Set<String> used) {
        for (int n = 1; ; n++) {
            if (!used.contains(prefix + n)) {
                return prefix + n;
            }
        }
    }

    /** The names of the configurations the factory PID has now. */
    Set<String> names(String factoryPid) throws IOException {
        Set<String> names = new HashSet<>();
        for (FactoryEntry entry : list(factoryPid)) {
            names.add(entry.name());
        }
        return names;
    }

    /** Creates the named configuration of a factory PID with these properties; returns its PID. */
    String create(String factoryPid, String name, Dictionary<String, Object> properties, Set<String> secretIds)
            throws IOException {
        Configuration configuration = admin.getFactoryConfiguration(factoryPid, name, "?");
        configuration.update(sealed(properties, secretIds));
        return configuration.getPid();
    }

    /**
     * Updates an existing factory configuration.
     *
     * @throws IOException when it was deleted meanwhile (getConfiguration would quietly create a singleton instead)
     */
    void update(String factoryPid, String pid, Dictionary<String, Object> properties, Set<String> secretIds,
                String goneMessage) throws IOException {
        existing(factoryPid, pid, goneMessage).updateIfDifferent(sealed(properties, secretIds));
    }

    /** Deletes a factory configuration; one deleted meanwhile is fine. */
    void delete(String factoryPid, String pid) throws IOException {
        for (Configuration configuration : find(both(factoryPid, pid))) {
            configuration.delete();
        }
    }

    private Configuration existing(String factoryPid, String pid, String goneMessage) throws IOException {
        List<Configuration> found = find(both(factoryPid, pid));
        if (found.isEmpty()) {
            throw new IOException(goneMessage);
        }
        return found.get(0);
    }

    private static String both(String factoryPid, String pid) {
        return "(&(service.factoryPid=" + escape(factoryPid) + ")(service.pid=" + escape(pid) + "))";
    }

    private List<Configuration> find(String filter) throws IOException {
        try {
            Configuration[] found = admin.listConfigurations(filter);
            return found == null ? List.of() : List.of(found);
        } catch (InvalidSyntaxException e) {
            throw new IOException(e.getMessage(), e); // cannot happen: the values are escaped
        }
    }

    /** The configuration name of a factory configuration: after {@code ~} (R7 named ones), else its PID. */
    static String nameOf(String factoryPid, String pid) {
        String prefix = factoryPid + "~";
        return pid.startsWith(prefix) ? pid.substring(prefix.length()) : pid;
    }

    /** Escapes a value for an LDAP filter (RFC 1960). */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '*' || c == '(' || c == ')') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
