package io.chorus.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;

import org.junit.jupiter.api.Test;

class FeatureConfigurationsTest {

    private static Hashtable<String, Object> written(Object... keysAndValues) {
        Hashtable<String, Object> values = new Hashtable<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        values.put(FeatureConfigurations.DIGEST, FeatureConfigurations.digest(values));
        values.put("service.pid", "io.chorus.example");
        return values;
    }

    @Test
    void valuesAsWrittenAreUnchanged() {
        assertTrue(FeatureConfigurations.unchanged(written("text", "hello", "times", 2)));
    }

    @Test
    void aChangedValueOrTypeIsAPersonsChoice() {
        Hashtable<String, Object> edited = written("text", "hello", "times", 2);
        edited.put("text", "mine");
        assertFalse(FeatureConfigurations.unchanged(edited));
        Hashtable<String, Object> retyped = written("times", 2);
        retyped.put("times", 2L);
        assertFalse(FeatureConfigurations.unchanged(retyped), "2 as a Long is not the Integer 2 that was written");
        Hashtable<String, Object> added = written("times", 2);
        added.put("extra", true);
        assertFalse(FeatureConfigurations.unchanged(added));
    }

    @Test
    void configurationsWithoutADigestAreNeverOurs() {
        Hashtable<String, Object> manual = new Hashtable<>();
        manual.put("text", "hello");
        assertFalse(FeatureConfigurations.unchanged(manual));
    }

    @Test
    void theDigestSeesArraysByContentAndIgnoresFrameworkKeys() {
        Hashtable<String, Object> a = new Hashtable<>();
        a.put("names", new String[] {"x", "y"});
        Hashtable<String, Object> b = new Hashtable<>();
        b.put("names", new String[] {"x", "y"});
        b.put("service.pid", "anything");
        assertEquals(FeatureConfigurations.digest(a), FeatureConfigurations.digest(b));
        b.put("names", new String[] {"y", "x"});
        assertNotEquals(FeatureConfigurations.digest(a), FeatureConfigurations.digest(b));
    }
}
