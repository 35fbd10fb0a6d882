package io.chorus.ingest.internal;

import io.chorus.api.ingest.ConnectorDescription.Option;
import io.chorus.api.ingest.ConnectorDescription.Setting;
import io.chorus.api.ingest.ConnectorDescription.Type;
import io.chorus.api.ingest.SourceConfigException;
import io.chorus.source.api.ConnectorInfo;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.util.converter.ConversionException;
import org.osgi.util.converter.Converter;
import org.osgi.util.converter.Converters;

/**
 * A connector's settings as its settings annotation declares them: attribute ids (DS name mangling), types,
 * defaults and which are required (no default). Checks a source's settings against them and types them.
 */
public final class SettingsSchema {

    private static final Converter CONVERTER = Converters.standardConverter();

    /** One annotation method. */
    record Attribute(String id, Method method, Class<?> type, Object defaultValue, boolean secret) {
        boolean required() {
            return defaultValue == null;
        }
    }

    private final ConnectorInfo info;
    private final Map<String, Attribute> attributes = new LinkedHashMap<>();

    public SettingsSchema(ConnectorInfo info) {
        this.info = info;
        Method[] methods = info.settingsType().getDeclaredMethods();
        // declaration order is not guaranteed by reflection; name order at least is stable
        Arrays.sort(methods, (a, b) -> a.getName().compareTo(b.getName()));
        for (Method method : methods) {
            if (method.getParameterCount() != 0 || method.isSynthetic()) {
                continue;
            }
            String id = attributeId(method.getName());
            attributes.put(id, new Attribute(id, method, method.getReturnType(), method.getDefaultValue(),
                    info.secretSettings().contains(id)));
        }
    }

    /** The DS mapping from a method name to an attribute id: {@code api_key} is {@code api.key}. */
    static String attributeId(String methodName) {
        StringBuilder id = new StringBuilder(methodName.length());
        for (int i = 0; i < methodName.length(); i++) {
            char c = methodName.charAt(i);
            if (c == '$') {
                if (methodName.startsWith("$_$", i)) {
                    id.append('-');
                    i += 2;
                } else if (methodName.startsWith("$$", i)) {
                    id.append('$');
                    i++;
                }
            } else if (c == '_') {
                if (methodName.startsWith("__", i)) {
                    id.append('_');
                    i++;
                } else {
                    id.append('.');
                }
            } else {
                id.append(c);
            }
        }
        return id.toString();
    }

    /** The form fields when the connector ships no metatype: names, types and defaults from the annotation. */
    public List<Setting> describe() {
        List<Setting> settings = new ArrayList<>();
        for (Attribute attribute : attributes.values()) {
            List<Option> options = new ArrayList<>();
            Class<?> type = attribute.type().isArray() ? attribute.type().getComponentType() : attribute.type();
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    options.add(new Option(((Enum<?>) constant).name(), ((Enum<?>) constant).name()));
                }
            }
            settings.add(new Setting(attribute.id(), label(attribute.id()), "", type(attribute), attribute.required(),
                    defaultText(attribute.defaultValue()), options));
        }
        return settings;
    }

    private static Type type(Attribute attribute) {
        Class<?> type = attribute.type();
        if (attribute.secret()) {
            return Type.SECRET;
        }
        if (type.isArray()) {
            return Type.LIST;
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class) {
            return Type.INTEGER;
        }
        if (type == double.class || type == float.class) {
            return Type.DECIMAL;
        }
        return type == boolean.class ? Type.BOOLEAN : Type.TEXT;
    }

    private static String label(String id) {
        String words = id.replace('.', ' ').replace('-', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return words.isEmpty() ? id : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String defaultText(Object value) {
        if (value == null) {
            return "";
        }
        if (value.getClass().isArray()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                parts.add(String.valueOf(Array.get(value, i)));
            }
            return String.join(",", parts);
        }
        return String.valueOf(value);
    }

    /**
     * Settings as typed in a form or the shell: a list setting given as one text ("a, b") becomes the list [a, b].
     */
    public Map<String, Object> normalise(Map<String, Object> settings) {
        Map<String, Object> normalised = new java.util.LinkedHashMap<>(settings);
        for (Attribute attribute : attributes.values()) {
            if (attribute.type().isArray() && settings.get(attribute.id()) instanceof String text) {
                normalised.put(attribute.id(), Arrays.stream(text.split(",")).map(String::strip)
                        .filter(part -> !part.isEmpty()).toList());
            }
        }
        return normalised;
    }

    /**
     * Checks settings: every required one present and not blank, every value of its declared type, no unknown one.
     * Values keep their JSON form; {@link #typed} converts them.
     */
    public void validate(Map<String, Object> settings) throws SourceConfigException {
        for (String id : settings.keySet()) {
            if (!attributes.containsKey(id)) {
                throw new SourceConfigException(id, "\"" + id + "\" is not a setting of " + info.name()
                        + "; its settings are " + attributes.keySet() + ". Remove it or correct the spelling.");
            }
        }
        for (Attribute attribute : attributes.values()) {
            Object value = settings.get(attribute.id());
            if (value == null || (value instanceof String text && text.isBlank())) {
                if (attribute.required()) {
                    throw new SourceConfigException(attribute.id(), info.name() + " needs the setting \""
                            + attribute.id() + "\"" + (attribute.secret() ? "" : " (" + describeType(attribute) + ")")
                            + "; fill it in.");
                }
                continue;
            }
            check(attribute, value);
        }
    }

    private void check(Attribute attribute, Object value) throws SourceConfigException {
        Class<?> type = attribute.type();
        Class<?> element = type.isArray() ? type.getComponentType() : type;
        Collection<?> values = value instanceof Collection<?> list ? list
                : value.getClass().isArray() ? Arrays.asList((Object[]) value) : List.of(value);
        if (!type.isArray() && values.size() != 1) {
            throw new SourceConfigException(attribute.id(), "\"" + attribute.id() + "\" takes one value ("
                    + describeType(attribute) + "), not a list");
        }
        for (Object one : values) {
            boolean fits;
            if (element == String.class) {
                fits = one instanceof String || one instanceof Number || one instanceof Boolean;
            } else if (element == boolean.class) {
                fits = one instanceof Boolean || "true".equalsIgnoreCase(String.valueOf(one))
                        || "false".equalsIgnoreCase(String.valueOf(one));
            } else if (element.isEnum()) {
                fits = Arrays.stream(element.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(one.toString()));
            } else {
                try {
                    Object converted = CONVERTER.convert(one).to(element);
                    fits = converted != null && (!(one instanceof Number number)
                            || element == double.class || element == float.class
                            || number.doubleValue() == Math.rint(number.doubleValue()));
                } catch (ConversionException | NumberFormatException e) {
                    fits = false;
                }
            }
            if (!fits) {
                String shown = attribute.secret() ? "the value given" : "\"" + one + "\"";
                throw new SourceConfigException(attribute.id(), "\"" + attribute.id() + "\" must be "
                        + describeType(attribute) + "; " + shown + " is not. Correct it.");
            }
        }
    }

    private static String describeType(Attribute attribute) {
        Class<?> type = attribute.type().isArray() ? attribute.type().getComponentType() : attribute.type();
        String one;
        if (type == int.class || type == long.class || type == short.class || type == byte.class) {
            one = "a whole number";
        } else if (type == double.class || type == float.class) {
            one = "a number";
        } else if (type == boolean.class) {
            one = "true or false";
        } else if (type.isEnum()) {
            one = "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        } else {
            one = "text";
        }
        return attribute.type().isArray() ? "a list of " + one : one;
    }

    /** The settings as the connector's annotation type, defaults applied (see ConnectorContext#settings). */
    public static <T> T typed(Map<String, Object> settings, Class<T> type) {
        return CONVERTER.convert(settings).to(type);
    }

    public boolean isSecret(String id) {
        Attribute attribute = attributes.get(id);
        return attribute != null && attribute.secret();
    }
}
