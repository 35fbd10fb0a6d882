package io.chorus.registry.internal.store;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.chorus.api.platform.Capability;
import io.chorus.api.platform.Platform;
import io.chorus.api.platform.PlatformKind;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Platforms people define, in {@code registry/platforms.json}:
 * <pre>{"schema": 1, "platforms": [{"id": "forum.ixbt.com", "name": "iXBT", "kind": "forum", "regions": ["RU"],
 *  "languages": ["ru"], "domains": ["forum.ixbt.com"], "maxPostLength": 0, "linkPolicy": "..."}]}</pre>
 */
public final class PlatformFormat {

    public static final String USER = "user";

    private PlatformFormat() {
    }

    public static List<Platform> read(JsonDocument document) throws FileFormatException {
        ObjectNode root = document.object();
        int schema = document.integer(root, "", "schema", BrandFormat.SCHEMA);
        if (schema > BrandFormat.SCHEMA) {
            throw document.error("schema", "written by a newer Chorus (schema " + schema + "); update Chorus");
        }
        List<Platform> platforms = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        List<ObjectNode> nodes = document.objects(root, "", "platforms");
        for (int i = 0; i < nodes.size(); i++) {
            String path = "platforms[" + i + "]";
            ObjectNode node = nodes.get(i);
            String id = document.text(node, path, "id", true);
            if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
                throw document.error(path + ".id", "\"" + id + "\" is not a platform id: use lower-case letters,"
                        + " digits, '.', '-' and '_'");
            }
            if (!ids.add(id)) {
                throw document.error(path + ".id", "a second platform \"" + id + "\"");
            }
            Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
            for (String capability : document.strings(node, path, "capabilities")) {
                try {
                    capabilities.add(Capability.valueOf(capability.toUpperCase(java.util.Locale.ROOT)
                            .replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    throw document.error(path + ".capabilities", "\"" + capability + "\" is not one of \"monitor\","
                            + " \"publish\", \"reply\", \"read-metrics\"");
                }
            }
            int maxLength = document.integer(node, path, "maxPostLength", 0);
            if (maxLength < 0) {
                throw document.error(path + ".maxPostLength", "must be 0 (unknown) or more");
            }
            String name = document.text(node, path, "name", false);
            platforms.add(new Platform(id, name.isEmpty() ? id : name,
                    document.choice(node, path, "kind", PlatformKind.class, PlatformKind.OTHER),
                    document.strings(node, path, "regions"), document.strings(node, path, "languages"), capabilities,
                    document.strings(node, path, "domains"), maxLength, document.text(node, path, "linkPolicy", false),
                    USER));
        }
        return platforms;
    }

    public static ObjectNode write(List<Platform> platforms) {
        ObjectNode root = JsonDocument.newObject();
        root.put("schema", BrandFormat.SCHEMA);
        ArrayNode array = root.putArray("platforms");
        for (Platform platform : platforms) {
            ObjectNode node = array.addObject();
            node.put("id", platform.id());
            node.put("name", platform.name());
            node.put("kind", JsonDocument.spelling(platform.kind()));
            platform.regions().forEach(node.withArray("regions")::add);
            platform.languages().forEach(node.withArray("languages")::add);
            platform.domains().forEach(node.withArray("domains")::add);
            platform.capabilities().stream().map(JsonDocument::spelling).sorted()
                    .forEach(node.withArray("capabilities")::add);
            node.put("maxPostLength", platform.maxPostLength());
            if (!platform.linkPolicy().isEmpty()) {
                node.put("linkPolicy", platform.linkPolicy());
            }
        }
        return root;
    }
}
