package io.chorus.ui.workbench.internal;

import io.chorus.ui.api.Texts;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One contributed perspective, view, command or status item: its metadata from the service properties, and a way
 * to get the service object that is only used when the contribution is needed.
 *
 * @param id         the contribution's id
 * @param properties the service properties
 * @param service    fetches the service object; activates the contributing component on first call
 * @param labels     translates the contributing bundle's {@code %key} labels
 * @param serviceId  the framework's id for the service registration, which tells two registrations apart
 */
record Contribution<T>(String id, Map<String, Object> properties, Supplier<T> service, Texts labels,
                       long serviceId) {

    Contribution {
        Objects.requireNonNull(id, "id");
        properties = Map.copyOf(properties);
    }

    String string(String key, String fallback) {
        Object value = properties.get(key);
        return value == null ? fallback : value.toString();
    }

    int integer(String key, int fallback) {
        Object value = properties.get(key);
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof String text) {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    boolean bool(String key) {
        Object value = properties.get(key);
        return value instanceof Boolean flag ? flag : value != null && Boolean.parseBoolean(value.toString());
    }

    /** A multi-valued property (a String[] from an annotation array, or one String). */
    java.util.List<String> strings(String key) {
        Object value = properties.get(key);
        if (value instanceof String[] array) {
            return java.util.List.of(array);
        }
        if (value instanceof java.util.Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return value == null ? java.util.List.of() : java.util.List.of(value.toString());
    }

    /** A label property, translated. */
    String label(String key) {
        return labels.translate(string(key, id));
    }
}
