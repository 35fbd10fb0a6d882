package io.chorus.shell.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Options and words of a command typed as {@code --name value word word}. Gogo's own option binding does not
 * combine with a variable number of words, which these commands take (settings, query text).
 */
final class CommandOptions {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    /**
     * @param known the options the command takes, by every name ({@code --name}, {@code -n}) to the canonical one
     */
    CommandOptions(String[] arguments, Map<String, String> known, String usage) {
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            String name = known.get(argument);
            if (name != null) {
                if (i + 1 >= arguments.length) {
                    throw new IllegalArgumentException(argument + " needs a value; usage: " + usage);
                }
                options.put(name, arguments[++i]);
            } else if (argument.startsWith("--") && words.isEmpty()) {
                throw new IllegalArgumentException("unknown option " + argument + "; usage: " + usage);
            } else {
                words.add(argument);
            }
        }
    }

    String option(String name, String absent) {
        return options.getOrDefault(name, absent);
    }

    int intOption(String name, int absent) {
        String value = options.get(name);
        try {
            return value == null ? absent : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a whole number, not '" + value + "'");
        }
    }

    List<String> words() {
        return words;
    }

    /** Every name of each option: {@code --brand} and its one-letter form. */
    static Map<String, String> names(String... longAndShort) {
        Map<String, String> names = new HashMap<>();
        for (String spec : longAndShort) {
            String[] parts = spec.split("\\|");
            String canonical = parts[0].replaceFirst("^-+", "");
            for (String part : parts) {
                names.put(part, canonical);
            }
        }
        return names;
    }

}
