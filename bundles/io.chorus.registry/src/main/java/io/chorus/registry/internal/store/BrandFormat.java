package io.chorus.registry.internal.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.chorus.api.platform.Channel;
import io.chorus.api.platform.ChannelKind;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.BrandRole;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.MatchMode;
import io.chorus.api.registry.MatchOptions;
import io.chorus.api.registry.Rule;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A brand as a JSON file people can read, edit and diff:
 *
 * <pre>
 * {
 *   "schema": 1,
 *   "id": "acme", "name": "Acme Robotics", "role": "own", "languages": ["en", "ru"],
 *   "entries": [
 *     {"id": "acme", "type": "brand-name", "text": "Acme", "match": "exact",
 *      "variants": [{"text": "Акме", "generator": "transliteration", "reason": "...", "likelihood": 0.8,
 *                    "status": "accepted"}]},
 *     {"id": "robo-vac", "type": "product", "text": "RoboVac X", "match": {"mode": "fuzzy", "maxEdits": 1}}
 *   ],
 *   "rules": [{"id": "delivery", "name": "Delivery", "query": "@acme AND (delivery OR доставка)"}],
 *   "channels": [{"id": "vk", "platform": "vk", "kind": "official", "handle": "acme"}]
 * }
 * </pre>
 *
 * Enums are written in lower case with hyphens; optional fields may be left out.
 */
public final class BrandFormat {

    /** The layout version this code reads and writes. */
    public static final int SCHEMA = 1;

    private BrandFormat() {
    }

    public static Brand read(JsonDocument document) throws FileFormatException {
        ObjectNode root = document.object();
        int schema = document.integer(root, "", "schema", SCHEMA);
        if (schema > SCHEMA) {
            throw document.error("schema", "this file was written by a newer Chorus (schema " + schema + "); update"
                    + " Chorus to read it");
        }
        String id = document.text(root, "", "id", true);
        if (!id.matches("[a-z0-9][a-z0-9_-]*")) {
            throw document.error("id", "\"" + id + "\" is not a brand id: use lower-case letters, digits, '-' and"
                    + " '_' (it is typed in queries as @" + id.toLowerCase(java.util.Locale.ROOT) + ")");
        }
        String name = document.text(root, "", "name", false);
        BrandRole role = document.choice(root, "", "role", BrandRole.class, BrandRole.OWN);
        List<String> languages = document.strings(root, "", "languages");
        List<KeywordEntry> entries = new ArrayList<>();
        Set<String> entryIds = new LinkedHashSet<>();
        List<ObjectNode> entryNodes = document.objects(root, "", "entries");
        for (int i = 0; i < entryNodes.size(); i++) {
            KeywordEntry entry = readEntry(document, entryNodes.get(i), "entries[" + i + "]");
            if (!entryIds.add(entry.id())) {
                throw document.error("entries[" + i + "].id", "a second entry with id \"" + entry.id()
                        + "\"; give each entry its own id");
            }
            entries.add(entry);
        }
        List<Rule> rules = new ArrayList<>();
        List<ObjectNode> ruleNodes = document.objects(root, "", "rules");
        for (int i = 0; i < ruleNodes.size(); i++) {
            String path = "rules[" + i + "]";
            ObjectNode node = ruleNodes.get(i);
            String ruleId = document.text(node, path, "id", true);
            rules.add(new Rule(ruleId, orDefault(document.text(node, path, "name", false), ruleId),
                    document.text(node, path, "query", true), Set.copyOf(document.strings(node, path, "modules"))));
        }
        List<Channel> channels = new ArrayList<>();
        List<ObjectNode> channelNodes = document.objects(root, "", "channels");
        for (int i = 0; i < channelNodes.size(); i++) {
            channels.add(readChannel(document, channelNodes.get(i), "channels[" + i + "]"));
        }
        return new Brand(id, name.isEmpty() ? id : name, role, languages, entries, rules, channels,
                document.text(root, "", "note", false));
    }

    static KeywordEntry readEntry(JsonDocument document, ObjectNode node, String path) throws FileFormatException {
        String text = document.text(node, path, "text", true);
        if (text.isBlank()) {
            throw document.error(JsonDocument.join(path, "text"), "an entry needs text");
        }
        EntryType type = document.choice(node, path, "type", EntryType.class, null);
        String id = document.text(node, path, "id", false);
        List<Variant> variants = new ArrayList<>();
        List<ObjectNode> variantNodes = document.objects(node, path, "variants");
        for (int i = 0; i < variantNodes.size(); i++) {
            variants.add(readVariant(document, variantNodes.get(i), path + ".variants[" + i + "]"));
        }
        return new KeywordEntry(id.isEmpty() ? EntryIds.slug(text) : id, type, text,
                document.strings(node, path, "languages"), readMatch(document, node, path),
                Set.copyOf(document.strings(node, path, "modules")), document.text(node, path, "note", false),
                variants, orDefault(document.text(node, path, "origin", false), KeywordEntry.USER));
    }

    static MatchOptions readMatch(JsonDocument document, ObjectNode node, String path) throws FileFormatException {
        JsonNode match = node.get("match");
        String field = JsonDocument.join(path, "match");
        if (match == null || match.isNull()) {
            return MatchOptions.EXACT;
        }
        if (match.isString()) {
            return switch (match.asString().toLowerCase(java.util.Locale.ROOT)) {
                case "exact" -> MatchOptions.EXACT;
                case "stemmed" -> MatchOptions.STEMMED;
                case "fuzzy" -> MatchOptions.fuzzy(1);
                default -> throw document.error(field, "\"" + match.asString() + "\" is not a way of matching; write"
                        + " \"exact\", \"stemmed\", \"fuzzy\" or {\"mode\": \"fuzzy\", \"maxEdits\": 2}");
            };
        }
        if (match instanceof ObjectNode options) {
            MatchMode mode = document.choice(options, field, "mode", MatchMode.class, null);
            int edits = document.integer(options, field, "maxEdits", mode == MatchMode.FUZZY ? 1 : 0);
            try {
                return new MatchOptions(mode, mode == MatchMode.FUZZY ? edits : 0);
            } catch (IllegalArgumentException e) {
                throw document.error(JsonDocument.join(field, "maxEdits"), e.getMessage());
            }
        }
        throw document.error(field, "expected \"exact\", \"stemmed\", \"fuzzy\" or {\"mode\": \"fuzzy\","
                + " \"maxEdits\": 2}, found " + JsonDocument.kind(match));
    }

    static Variant readVariant(JsonDocument document, ObjectNode node, String path) throws FileFormatException {
        String text = document.text(node, path, "text", true);
        double likelihood = document.number(node, path, "likelihood", 1.0);
        if (likelihood < 0 || likelihood > 1) {
            throw document.error(JsonDocument.join(path, "likelihood"), "must be between 0 and 1");
        }
        if (text.isBlank()) {
            throw document.error(JsonDocument.join(path, "text"), "a variant needs text");
        }
        return new Variant(text, orDefault(document.text(node, path, "generator", false), Variant.MANUAL),
                document.text(node, path, "reason", false), likelihood,
                document.choice(node, path, "status", VariantStatus.class, VariantStatus.ACCEPTED));
    }

    static Channel readChannel(JsonDocument document, ObjectNode node, String path) throws FileFormatException {
        String handle = document.text(node, path, "handle", true);
        String platform = document.text(node, path, "platform", true);
        ChannelKind kind = document.choice(node, path, "kind", ChannelKind.class, ChannelKind.OFFICIAL);
        String disclosure = document.text(node, path, "disclosure", false);
        if (kind == ChannelKind.PERSONA && disclosure.isBlank()) {
            throw document.error(JsonDocument.join(path, "disclosure"), "persona " + handle + " needs an affiliation"
                    + " disclosure, for example \"I work for Acme\"; people must see who speaks for the brand");
        }
        return new Channel(orDefault(document.text(node, path, "id", false), platform + "-" + handle), platform, kind,
                handle, document.text(node, path, "url", false), disclosure,
                document.text(node, path, "timeZone", false));
    }

    // ---- writing -------------------------------------------------------------------------------------------

    public static ObjectNode write(Brand brand) {
        ObjectNode root = JsonDocument.newObject();
        root.put("schema", SCHEMA);
        root.put("id", brand.id());
        root.put("name", brand.name());
        root.put("role", JsonDocument.spelling(brand.role()));
        strings(root, "languages", brand.languages());
        if (!brand.note().isEmpty()) {
            root.put("note", brand.note());
        }
        ArrayNode entries = root.putArray("entries");
        for (KeywordEntry entry : brand.entries()) {
            entries.add(writeEntry(entry));
        }
        ArrayNode rules = root.putArray("rules");
        for (Rule rule : brand.rules()) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("name", rule.name());
            node.put("query", rule.query());
            strings(node, "modules", sorted(rule.modules()));
        }
        ArrayNode channels = root.putArray("channels");
        for (Channel channel : brand.channels()) {
            ObjectNode node = channels.addObject();
            node.put("id", channel.id());
            node.put("platform", channel.platformId());
            node.put("kind", JsonDocument.spelling(channel.kind()));
            node.put("handle", channel.handle());
            putIfSet(node, "url", channel.url());
            putIfSet(node, "disclosure", channel.disclosure());
            putIfSet(node, "timeZone", channel.timeZone());
        }
        return root;
    }

    static ObjectNode writeEntry(KeywordEntry entry) {
        ObjectNode node = JsonDocument.newObject();
        node.put("id", entry.id());
        node.put("type", JsonDocument.spelling(entry.type()));
        node.put("text", entry.text());
        strings(node, "languages", entry.languages());
        switch (entry.match().mode()) {
            case FUZZY -> {
                ObjectNode match = node.putObject("match");
                match.put("mode", "fuzzy");
                match.put("maxEdits", entry.match().maxEdits());
            }
            default -> node.put("match", JsonDocument.spelling(entry.match().mode()));
        }
        strings(node, "modules", sorted(entry.modules()));
        putIfSet(node, "note", entry.note());
        if (!KeywordEntry.USER.equals(entry.origin())) {
            node.put("origin", entry.origin());
        }
        ArrayNode variants = node.putArray("variants");
        for (Variant variant : entry.variants()) {
            variants.add(writeVariant(variant));
        }
        return node;
    }

    static ObjectNode writeVariant(Variant variant) {
        ObjectNode node = JsonDocument.newObject();
        node.put("text", variant.text());
        node.put("generator", variant.generator());
        putIfSet(node, "reason", variant.reason());
        node.put("likelihood", Math.round(variant.likelihood() * 1000) / 1000.0);
        node.put("status", JsonDocument.spelling(variant.status()));
        return node;
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        ArrayNode array = node.putArray(field);
        values.forEach(array::add);
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
