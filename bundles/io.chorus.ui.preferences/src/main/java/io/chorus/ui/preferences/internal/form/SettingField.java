package io.chorus.ui.preferences.internal.form;

import java.util.List;

import org.osgi.service.metatype.AttributeDefinition;

/**
 * One setting of a metatype form, as the form shows it.
 *
 * @param id          the configuration property it is stored under
 * @param name        its localised label
 * @param description its localised help text, possibly empty
 * @param kind        which widget edits it
 * @param type        the metatype type ({@link AttributeDefinition#STRING} ...), which decides the stored Java type
 * @param cardinality 0 for one value, &gt; 0 for an array of at most that many, &lt; 0 for a list
 * @param required    whether a value must be given
 * @param defaults    the default values, possibly empty
 * @param choices     the allowed values with their labels, empty for free input
 * @param definition  the metatype definition, for its own validation
 */
public record SettingField(String id, String name, String description, Kind kind, int type, int cardinality,
                           boolean required, List<String> defaults, List<Choice> choices,
                           AttributeDefinition definition) {

    /** Which widget edits a setting. */
    public enum Kind {
        /** Free text. */
        TEXT,
        /** A whole number (byte, short, integer, long, big integer). */
        WHOLE_NUMBER,
        /** A number with a fraction (float, double, big decimal). */
        DECIMAL,
        /** A single character. */
        CHARACTER,
        /** Yes or no. */
        BOOLEAN,
        /** One of the listed values. */
        CHOICE,
        /** A secret, shown masked. */
        SECRET
    }

    /** An allowed value and its label. */
    public record Choice(String value, String label) {
    }

    public SettingField {
        defaults = List.copyOf(defaults);
        choices = List.copyOf(choices);
    }

    /** Whether it holds several values (edited one per line). */
    public boolean multiple() {
        return cardinality != 0;
    }
}
