package io.chorus.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URL;
import java.util.Map;

import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.Test;

/** Every named icon is in the bundle at 16 px and at 32 px for high-DPI screens (no display needed). */
class IconsTest {

    @Test
    void everyNamedIconHasItsNormalAndDoubleSizeFile() throws Exception {
        Field field = Icons.class.getDeclaredField("PATHS");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        Map<String, String> paths = (Map<String, String>) field.get(null);
        assertEquals(paths.keySet(), Icons.names());
        for (Map.Entry<String, String> entry : paths.entrySet()) {
            int normal = width(Icons.class.getResource(entry.getValue() + ".png"), entry.getKey());
            assertEquals(16, normal, entry.getKey());
            assertEquals(2 * normal, width(Icons.class.getResource(entry.getValue() + "@2x.png"),
                    entry.getKey() + "@2x"), entry.getKey() + "@2x");
        }
    }

    private static int width(URL url, String name) throws Exception {
        assertNotNull(url, "icon " + name + " is missing from the bundle");
        try (InputStream in = url.openStream()) {
            return new ImageData(in).width;
        }
    }
}
