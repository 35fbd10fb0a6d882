package io.chorus.ui.preferences.internal.form;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;

import io.chorus.ui.api.Texts;
import io.chorus.ui.preferences.internal.form.SettingField.Kind;
import io.chorus.ui.preferences.internal.form.TestMetatype.Attribute;
import io.chorus.ui.preferences.internal.form.TestMetatype.ObjectClass;

class SettingsSchemaTest {

    private static final Texts TEXTS = new Texts(name -> SettingsSchemaTest.class.getClassLoader().getResource(name),
            Locale.ENGLISH);
    private final SettingsSchema mastodon = SettingsSchema.of(TestMetatype.mastodonAccount());

    private Map<String, Object> check(SettingsSchema schema, Map<String, String> inputs) throws SettingException {
        return schema.check(inputs, TEXTS, Locale.ENGLISH);
    }

    @Test
    void metatypeBecomesFieldsOfTheRightKind() {
        assertEquals("Mastodon account", mastodon.name());
        assertEquals(List.of("instanceUrl", "accessToken", "visibility", "maxPostsPerHour", "enabled", "hashtags"),
                mastodon.fields().stream().map(SettingField::id).toList());
        assertEquals(List.of(Kind.TEXT, Kind.SECRET, Kind.CHOICE, Kind.WHOLE_NUMBER, Kind.BOOLEAN, Kind.TEXT),
                mastodon.fields().stream().map(SettingField::kind).toList());
        assertEquals(List.of(false, true, false, false, false, false),
                mastodon.fields().stream().map(SettingField::required).toList());
        SettingField visibility = mastodon.fields().get(2);
        assertEquals("Followers only", visibility.choices().get(2).label());
        assertEquals("private", visibility.choices().get(2).value());
        assertTrue(mastodon.fields().get(5).multiple());
        assertEquals(List.of("30"), mastodon.fields().get(3).defaults());
    }

    @Test
    void typedTextBecomesTypedValues() throws SettingException {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("instanceUrl", " https://mstdn.jp ");
        inputs.put("accessToken", " secret with spaces ");
        inputs.put("visibility", "unlisted");
        inputs.put("maxPostsPerHour", "+120");
        inputs.put("enabled", "false");
        inputs.put("hashtags", "#acme\n\n  #launch  \n");
        Map<String, Object> values = check(mastodon, inputs);
        assertEquals("https://mstdn.jp", values.get("instanceUrl"));
        assertEquals(" secret with spaces ", values.get("accessToken"), "a secret is stored exactly as typed");
        assertEquals("unlisted", values.get("visibility"));
        assertEquals(120, values.get("maxPostsPerHour"));
        assertEquals(Boolean.FALSE, values.get("enabled"));
        assertArrayEquals(new String[] {"#acme", "#launch"}, (String[]) values.get("hashtags"));
    }

    @Test
    void mistakesNameTheFieldAndSayWhatToType() {
        SettingException notNumber = assertThrows(SettingException.class,
                () -> check(mastodon, Map.of("maxPostsPerHour", "many")));
        assertEquals("maxPostsPerHour", notNumber.fieldId());
        assertEquals("Max posts per hour: \"many\" is not a whole number; type digits only, such as 30"
                + " (allowed: -2147483648 … 2147483647).", notNumber.getMessage());

        SettingException outOfRange = assertThrows(SettingException.class,
                () -> check(mastodon, Map.of("maxPostsPerHour", "500")));
        assertEquals("Max posts per hour: type a value from 1 to 300", outOfRange.getMessage());

        SettingException missing = assertThrows(SettingException.class,
                () -> check(mastodon, Map.of("accessToken", "")));
        assertEquals("Access token is required: type a value.", missing.getMessage());

        SettingException tooLong = assertThrows(SettingException.class,
                () -> check(mastodon, Map.of("maxPostsPerHour", "99999999999")));
        assertTrue(tooLong.getMessage().contains("not a whole number"), tooLong.getMessage());

        SettingException unknownChoice = assertThrows(SettingException.class,
                () -> check(mastodon, Map.of("visibility", "everyone")));
        assertTrue(unknownChoice.getMessage().startsWith("Default visibility: \"everyone\""));

        SettingException tooMany = assertThrows(SettingException.class,
                () -> check(mastodon, Map.of("hashtags", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk")));
        assertEquals("Hashtags: at most 10 values are allowed; remove the extra lines.", tooMany.getMessage());
    }

    @Test
    void decimalsFollowTheLocaleAndRejectSpecialWords() throws SettingException {
        SettingsSchema schema = SettingsSchema.of(new ObjectClass("x", "X", "", List.of(
                Attribute.of("ratio", "Ratio", "", AttributeDefinition.DOUBLE, "0.5"))));
        assertEquals(2.5, schema.check(Map.of("ratio", "2,5"), TEXTS, Locale.forLanguageTag("ru")).get("ratio"));
        assertEquals(2.5, schema.check(Map.of("ratio", "2.5"), TEXTS, Locale.forLanguageTag("ru")).get("ratio"));
        assertThrows(SettingException.class, () -> check(schema, Map.of("ratio", "NaN")));
        assertThrows(SettingException.class, () -> check(schema, Map.of("ratio", "0x1p3")));
    }

    @Test
    void theDictionaryKeepsWhatTheFormDoesNotShow() throws SettingException {
        Hashtable<String, Object> stored = new Hashtable<>();
        stored.put("service.pid", "io.chorus.source.mastodon.account");
        stored.put("accessToken", "t0ken");
        stored.put("instanceUrl", "https://mastodon.social");
        stored.put("maxPostsPerHour", 30);
        stored.put("internal.note", "kept");
        // the secret is untouched (left out), the URL cleared, the number changed
        Map<String, String> inputs = new HashMap<>();
        inputs.put("instanceUrl", "   ");
        inputs.put("maxPostsPerHour", "45");
        Hashtable<String, Object> written = SettingsSchema.dictionary(stored, check(mastodon, inputs));
        Hashtable<String, Object> expected = new Hashtable<>();
        expected.put("accessToken", "t0ken");
        expected.put("maxPostsPerHour", 45);
        expected.put("internal.note", "kept");
        assertEquals(expected, written);
        assertFalse(written.containsKey("service.pid"));
    }

    @Test
    void storedValuesReadAsText() {
        assertEquals("", SettingsSchema.text(null));
        assertEquals("a\nb", SettingsSchema.text(new String[] {"a", "b"}));
        assertEquals("1\n2", SettingsSchema.text(List.of(1, 2)));
        assertEquals("30", SettingsSchema.text(30));
    }
}
