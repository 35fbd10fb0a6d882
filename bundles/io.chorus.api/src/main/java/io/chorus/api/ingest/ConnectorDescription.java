package io.chorus.api.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * An installed connector, as people choosing a source see it.
 *
 * @param id              the connector id ({@code rss})
 * @param name            its name ("RSS and Atom feeds")
 * @param description     what it collects, in a sentence
 * @param platforms       the platform ids it delivers mentions for
 * @param settingsPid     the PID whose metatype describes its settings (for generated forms)
 * @param settings        its settings, in the order the form shows them
 * @param defaultInterval how often its sources are polled unless configured otherwise
 * @param streaming       whether it streams instead of polling
 */
public record ConnectorDescription(String id, String name, String description, Set<String> platforms,
                                   String settingsPid, List<Setting> settings, Duration defaultInterval,
                                   boolean streaming) {

    public ConnectorDescription {
        platforms = Set.copyOf(platforms);
        settings = List.copyOf(settings);
    }

    /**
     * One setting, from the connector's metatype.
     *
     * @param id           the attribute id
     * @param name         its label
     * @param description  help text, or empty
     * @param type         its kind
     * @param required     whether a source needs a value
     * @param defaultValue the default as text, or empty
     * @param options      the allowed values (value to label order kept), or empty for free input
     */
    public record Setting(String id, String name, String description, Type type, boolean required,
                          String defaultValue, List<Option> options) {
        public Setting {
            options = List.copyOf(options);
        }
    }

    public record Option(String value, String label) {
    }

    public enum Type { TEXT, SECRET, INTEGER, DECIMAL, BOOLEAN, LIST }
}
