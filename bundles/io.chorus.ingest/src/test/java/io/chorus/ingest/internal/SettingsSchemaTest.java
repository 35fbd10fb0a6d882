package io.chorus.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.chorus.api.ingest.SourceConfigException;
import io.chorus.source.api.ConnectorInfo;
import io.chorus.source.api.RateLimit;

class SettingsSchemaTest {

    @interface ForumSettings {
        String query();

        String[] subforums() default {};

        int pageSize() default 50;
    }

    private final SettingsSchema schema = new SettingsSchema(new ConnectorInfo("forum", "Forum", "Forum search",
            Set.of("web"), "io.example.forum", ForumSettings.class, Set.of(), RateLimit.perSecond(1),
            Duration.ofMinutes(15)));

    @Test
    void aListTypedAsOneTextIsSplitAtCommas() throws Exception {
        Map<String, Object> settings = schema.normalise(Map.of("query", "acme", "subforums", "vacuum, robots ,,"));
        assertEquals(List.of("vacuum", "robots"), settings.get("subforums"));
        schema.validate(settings);
        ForumSettings typed = SettingsSchema.typed(settings, ForumSettings.class);
        assertArrayEquals(new String[] {"vacuum", "robots"}, typed.subforums());
        assertEquals("acme", typed.query());
        assertEquals(50, typed.pageSize());
    }

    @Test
    void mistakesNameTheSetting() {
        assertEquals("query", assertThrows(SourceConfigException.class,
                () -> schema.validate(Map.of("subforums", List.of("a")))).setting());
        assertEquals("pageSize", assertThrows(SourceConfigException.class,
                () -> schema.validate(Map.of("query", "acme", "pageSize", "many"))).setting());
        assertEquals("pagesize", assertThrows(SourceConfigException.class,
                () -> schema.validate(Map.of("query", "acme", "pagesize", 3))).setting());
    }
}
