package io.chorus.ui.preferences.internal.form;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

import io.chorus.ui.api.Texts;
import io.chorus.ui.preferences.internal.form.SettingField.Choice;
import io.chorus.ui.preferences.internal.form.SettingField.Kind;

/**
 * A configuration's form as its metatype describes it, without widgets: which fields, how stored values read as
 * text, how typed text becomes typed values, and which dictionary goes to Configuration Admin.
 */
public final class SettingsSchema {

    /** Properties Configuration Admin maintains itself; never copied into an update. */
    private static final Set<String> MANAGED = Set.of("service.pid", "service.factoryPid", "service.bundleLocation");

    private final String name;
    private final String description;
    private final List<SettingField> fields;

    public SettingsSchema(String name, String description, List<SettingField> fields) {
        this.name = name;
        this.description = description == null ? "" : description;
        this.fields = List.copyOf(fields);
    }

    /** The form of an object class definition (already localised by the metatype service). */
    public static SettingsSchema of(ObjectClassDefinition definition) {
        AttributeDefinition[] all = definition.getAttributeDefinitions(ObjectClassDefinition.ALL);
        AttributeDefinition[] requiredOnes = definition.getAttributeDefinitions(ObjectClassDefinition.REQUIRED);
        Set<String> required = new HashSet<>();
        if (requiredOnes != null) {
            for (AttributeDefinition attribute : requiredOnes) {
                required.add(attribute.getID());
            }
        }
        List<SettingField> fields = new ArrayList<>();
        for (AttributeDefinition attribute : all == null ? new AttributeDefinition[0] : all) {
            fields.add(field(attribute, required.contains(attribute.getID())));
        }
        String name = definition.getName() == null || definition.getName().isBlank() ? definition.getID()
                : definition.getName();
        return new SettingsSchema(name, definition.getDescription(), fields);
    }

    private static SettingField field(AttributeDefinition attribute, boolean required) {
        List<Choice> choices = new ArrayList<>();
        String[] values = attribute.getOptionValues();
        String[] labels = attribute.getOptionLabels();
        if (values != null) {
            for (int i = 0; i < values.length; i++) {
                choices.add(new Choice(values[i], labels != null && i < labels.length ? labels[i] : values[i]));
            }
        }
        Kind kind = kindOf(attribute.getType());
        if (!choices.isEmpty() && attribute.getCardinality() == 0 && kind != Kind.SECRET) {
            kind = Kind.CHOICE;
        }
        String[] defaults = attribute.getDefaultValue();
        String label = attribute.getName() == null || attribute.getName().isBlank() ? attribute.getID()
                : attribute.getName();
        return new SettingField(attribute.getID(), label,
                attribute.getDescription() == null ? "" : attribute.getDescription(), kind, attribute.getType(),
                attribute.getCardinality(), required, defaults == null ? List.of() : Arrays.asList(defaults),
                choices, attribute);
    }

    @SuppressWarnings("deprecation") // BIGINTEGER and BIGDECIMAL are deprecated but may still be declared
    private static Kind kindOf(int type) {
        return switch (type) {
            case AttributeDefinition.LONG, AttributeDefinition.INTEGER, AttributeDefinition.SHORT,
                 AttributeDefinition.BYTE, AttributeDefinition.BIGINTEGER -> Kind.WHOLE_NUMBER;
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT, AttributeDefinition.BIGDECIMAL -> Kind.DECIMAL;
            case AttributeDefinition.CHARACTER -> Kind.CHARACTER;
            case AttributeDefinition.BOOLEAN -> Kind.BOOLEAN;
            case AttributeDefinition.PASSWORD -> Kind.SECRET;
            default -> Kind.TEXT;
        };
    }

    /** The configuration's localised name. */
    public String name() {
        return name;
    }

    /** The configuration's localised description, possibly empty. */
    public String description() {
        return description;
    }

    /** The fields in metatype order. */
    /** The ids of the secret fields, which are sealed before they are stored. */
    public java.util.Set<String> secretIds() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        fields.stream().filter(field -> field.kind() == Kind.SECRET).forEach(field -> ids.add(field.id()));
        return ids;
    }

    public List<SettingField> fields() {
        return fields;
    }

    /** The text a field shows for a stored value (several values one per line); empty when nothing is stored. */
    public static String text(Object stored) {
        if (stored == null) {
            return "";
        }
        if (stored.getClass().isArray()) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < Array.getLength(stored); i++) {
                lines.add(String.valueOf(Array.get(stored, i)));
            }
            return String.join("\n", lines);
        }
        if (stored instanceof Collection<?> values) {
            return String.join("\n", values.stream().map(String::valueOf).toList());
        }
        return String.valueOf(stored);
    }

    /** The text of a field's defaults. */
    public static String defaultText(SettingField field) {
        return String.join("\n", field.defaults());
    }

    /**
     * Checks what the user typed and converts it to the stored types.
     *
     * @param inputs field id to typed text; a field left out keeps its stored value (an untouched secret)
     * @return field id to the value to store, or to null when the stored value is to be removed (an empty optional
     *         field, so the component's default applies)
     * @throws SettingException naming the first field that cannot be stored
     */
    public Map<String, Object> check(Map<String, String> inputs, Texts texts, Locale locale) throws SettingException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (SettingField field : fields) {
            if (!inputs.containsKey(field.id())) {
                continue;
            }
            String input = inputs.get(field.id());
            if (field.multiple()) {
                List<Object> parsed = new ArrayList<>();
                for (String line : input.split("\\R")) {
                    if (!line.strip().isEmpty()) {
                        parsed.add(parse(field, field.kind() == Kind.SECRET ? line : line.strip(), texts, locale));
                    }
                }
                if (parsed.isEmpty()) {
                    requireAbsent(field, texts);
                    values.put(field.id(), null);
                } else if (field.cardinality() > 0 && parsed.size() > field.cardinality()) {
                    throw new SettingException(field.id(),
                            texts.format("error.tooMany", field.name(), field.cardinality()));
                } else {
                    values.put(field.id(), field.cardinality() > 0 ? toArray(field, parsed) : List.copyOf(parsed));
                }
            } else {
                String value = field.kind() == Kind.SECRET || field.kind() == Kind.CHOICE ? input : input.strip();
                if (value.isEmpty() && field.kind() != Kind.CHOICE) {
                    requireAbsent(field, texts);
                    values.put(field.id(), null);
                } else {
                    values.put(field.id(), parse(field, value, texts, locale));
                }
            }
        }
        return values;
    }

    private static void requireAbsent(SettingField field, Texts texts) throws SettingException {
        if (field.required()) {
            throw new SettingException(field.id(), texts.format("error.required", field.name()));
        }
    }

    @SuppressWarnings("deprecation")
    private static Object parse(SettingField field, String text, Texts texts, Locale locale) throws SettingException {
        Object value;
        try {
            value = switch (field.type()) {
                case AttributeDefinition.LONG -> Long.valueOf(wholeNumber(text));
                case AttributeDefinition.INTEGER -> Integer.valueOf(wholeNumber(text));
                case AttributeDefinition.SHORT -> Short.valueOf(wholeNumber(text));
                case AttributeDefinition.BYTE -> Byte.valueOf(wholeNumber(text));
                case AttributeDefinition.BIGINTEGER -> new BigInteger(wholeNumber(text));
                case AttributeDefinition.DOUBLE -> Double.valueOf(decimal(text, locale));
                case AttributeDefinition.FLOAT -> Float.valueOf(decimal(text, locale));
                case AttributeDefinition.BIGDECIMAL -> new BigDecimal(decimal(text, locale));
                case AttributeDefinition.BOOLEAN -> bool(text);
                case AttributeDefinition.CHARACTER -> character(text);
                default -> text;
            };
        } catch (NumberFormatException e) {
            throw new SettingException(field.id(), texts.format(
                    field.kind() == Kind.DECIMAL ? "error.decimal" : "error.wholeNumber", field.name(), text,
                    range(field.type())));
        } catch (IllegalArgumentException e) {
            throw new SettingException(field.id(), texts.format(
                    field.type() == AttributeDefinition.BOOLEAN ? "error.boolean" : "error.character",
                    field.name(), text));
        }
        if (field.kind() == Kind.CHOICE && field.choices().stream().noneMatch(c -> c.value().equals(text))) {
            throw new SettingException(field.id(), texts.format("error.choice", field.name(), text));
        }
        String problem = field.definition() == null ? null : field.definition().validate(text);
        if (problem != null && !problem.isEmpty()) {
            throw new SettingException(field.id(), texts.format("error.invalid", field.name(), problem));
        }
        return value;
    }

    private static String wholeNumber(String text) {
        // a leading plus and digit grouping are what people type; the number itself stays exact
        return text.replace("_", "").replace("\u00a0", "").replace(" ", "").replaceFirst("^\\+", "");
    }

    private static String decimal(String text, Locale locale) {
        String plain = wholeNumber(text);
        char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        if (separator != '.' && plain.indexOf('.') < 0) {
            plain = plain.replace(separator, '.');
        }
        if (!plain.matches("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            throw new NumberFormatException(text); // Double.valueOf would take "NaN", "Infinity" and "0x1p3"
        }
        return plain;
    }

    private static Boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static Character character(String text) {
        if (text.length() != 1) {
            throw new IllegalArgumentException(text);
        }
        return text.charAt(0);
    }

    @SuppressWarnings("deprecation")
    private static String range(int type) {
        return switch (type) {
            case AttributeDefinition.LONG -> Long.MIN_VALUE + " … " + Long.MAX_VALUE;
            case AttributeDefinition.INTEGER -> Integer.MIN_VALUE + " … " + Integer.MAX_VALUE;
            case AttributeDefinition.SHORT -> Short.MIN_VALUE + " … " + Short.MAX_VALUE;
            case AttributeDefinition.BYTE -> Byte.MIN_VALUE + " … " + Byte.MAX_VALUE;
            default -> "";
        };
    }

    @SuppressWarnings("deprecation")
    private static Object toArray(SettingField field, List<Object> values) {
        Class<?> component = switch (field.type()) {
            case AttributeDefinition.LONG -> Long.class;
            case AttributeDefinition.INTEGER -> Integer.class;
            case AttributeDefinition.SHORT -> Short.class;
            case AttributeDefinition.BYTE -> Byte.class;
            case AttributeDefinition.BIGINTEGER -> BigInteger.class;
            case AttributeDefinition.DOUBLE -> Double.class;
            case AttributeDefinition.FLOAT -> Float.class;
            case AttributeDefinition.BIGDECIMAL -> BigDecimal.class;
            case AttributeDefinition.BOOLEAN -> Boolean.class;
            case AttributeDefinition.CHARACTER -> Character.class;
            default -> String.class;
        };
        Object array = Array.newInstance(component, values.size());
        for (int i = 0; i < values.size(); i++) {
            Array.set(array, i, values.get(i));
        }
        return array;
    }

    /**
     * The dictionary to store: everything already stored (including properties the form does not show), with the
     * checked values put in and the cleared ones removed.
     */
    public static Hashtable<String, Object> dictionary(Dictionary<String, ?> stored, Map<String, Object> checked) {
        Hashtable<String, Object> result = new Hashtable<>();
        if (stored != null) {
            for (Enumeration<String> keys = stored.keys(); keys.hasMoreElements(); ) {
                String key = keys.nextElement();
                if (!MANAGED.contains(key)) {
                    result.put(key, stored.get(key));
                }
            }
        }
        checked.forEach((key, value) -> {
            if (value == null) {
                result.remove(key);
            } else {
                result.put(key, value);
            }
        });
        return result;
    }
}
