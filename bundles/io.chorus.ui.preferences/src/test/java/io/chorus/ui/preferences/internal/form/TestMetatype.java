package io.chorus.ui.preferences.internal.form;

import java.util.List;

import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

/** Metatype descriptions as the Felix MetaType service would return them for realistic Chorus configurations. */
public final class TestMetatype {

    private TestMetatype() {
    }

    /** An attribute; min/max (when not null) are checked by {@link #validate} like Felix does. */
    public record Attribute(String id, String name, String description, int type, int cardinality,
                            String[] optionValues, String[] optionLabels, String[] defaults, Long min, Long max)
            implements AttributeDefinition {

        public static Attribute of(String id, String name, String description, int type, String... defaults) {
            return new Attribute(id, name, description, type, 0, null, null, defaults.length == 0 ? null : defaults,
                    null, null);
        }

        public Attribute range(long lowest, long highest) {
            return new Attribute(id, name, description, type, cardinality, optionValues, optionLabels, defaults,
                    lowest, highest);
        }

        public Attribute options(String[] values, String[] labels) {
            return new Attribute(id, name, description, type, cardinality, values, labels, defaults, min, max);
        }

        public Attribute many(int count) {
            return new Attribute(id, name, description, type, count, optionValues, optionLabels, defaults, min, max);
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getID() {
            return id;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public int getCardinality() {
            return cardinality;
        }

        @Override
        public int getType() {
            return type;
        }

        @Override
        public String[] getOptionValues() {
            return optionValues;
        }

        @Override
        public String[] getOptionLabels() {
            return optionLabels;
        }

        @Override
        public String validate(String value) {
            if (min == null) {
                return null; // no validation, as Felix answers for attributes without constraints
            }
            long number = Long.parseLong(value);
            return number < min || number > max ? "type a value from " + min + " to " + max : "";
        }

        @Override
        public String[] getDefaultValue() {
            return defaults;
        }
    }

    /** An object class; attributes without defaults are required, as the metatype annotations make them. */
    public record ObjectClass(String id, String name, String description, List<Attribute> attributes)
            implements ObjectClassDefinition {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getID() {
            return id;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public AttributeDefinition[] getAttributeDefinitions(int filter) {
            return attributes.stream().filter(a -> filter == ALL || (filter == REQUIRED) == (a.defaults() == null))
                    .toArray(AttributeDefinition[]::new);
        }

        @Override
        public java.io.InputStream getIcon(int size) {
            return null;
        }
    }

    /** A Mastodon account as a publisher designates it. */
    public static ObjectClass mastodonAccount() {
        return new ObjectClass("io.chorus.source.mastodon.account", "Mastodon account",
                "A Mastodon account that Chorus posts and replies as.", List.of(
                Attribute.of("instanceUrl", "Instance URL", "The account's server, such as https://mastodon.social",
                        AttributeDefinition.STRING, "https://mastodon.social"),
                Attribute.of("accessToken", "Access token", "A token with scopes read and write:statuses",
                        AttributeDefinition.PASSWORD),
                Attribute.of("visibility", "Default visibility", "", AttributeDefinition.STRING, "public")
                        .options(new String[] {"public", "unlisted", "private", "direct"},
                                new String[] {"Public", "Unlisted", "Followers only", "Mentioned people only"}),
                Attribute.of("maxPostsPerHour", "Max posts per hour", "Posts beyond this wait for the next hour",
                        AttributeDefinition.INTEGER, "30").range(1, 300),
                Attribute.of("enabled", "Enabled", "Whether Chorus publishes to this account",
                        AttributeDefinition.BOOLEAN, "true"),
                Attribute.of("hashtags", "Hashtags", "Added to every post", AttributeDefinition.STRING, "")
                        .many(10)));
    }

    /** The settings of a Mastodon source: a factory PID too, but stored in the workspace by the Sources service. */
    public static ObjectClass mastodonSource() {
        return new ObjectClass("io.chorus.source.mastodon", "Mastodon source", "", List.of(
                Attribute.of("instanceUrl", "Instance URL", "", AttributeDefinition.STRING),
                Attribute.of("query", "Hashtag or query", "", AttributeDefinition.STRING)));
    }

    /** A Bluesky account as its publisher designates it. */
    public static ObjectClass blueskyAccount() {
        return new ObjectClass("io.chorus.source.bluesky.account", "Bluesky account", "", List.of(
                Attribute.of("handle", "Handle", "The account's handle, such as acme.bsky.social",
                        AttributeDefinition.STRING),
                Attribute.of("appPassword", "App password", "", AttributeDefinition.PASSWORD),
                Attribute.of("pdsUrl", "Account server", "", AttributeDefinition.STRING, "https://bsky.social")));
    }

    /** The semantic core settings of io.chorus.registry. */
    public static ObjectClass semanticCore() {
        return new ObjectClass("io.chorus.registry", "Semantic core", "How Chorus proposes spelling variants",
                List.of(Attribute.of("variantBudget", "Variant budget", "How many variants an entry gets at most",
                        AttributeDefinition.INTEGER, "20").range(0, 500)));
    }

    /** The General settings of the window. */
    public static ObjectClass general(String name, String language, String[] labels) {
        return new ObjectClass("io.chorus.ui.workbench", name, "", List.of(
                Attribute.of("language", language, "", AttributeDefinition.STRING, "")
                        .options(new String[] {"", "en", "ru", "ja"}, labels)));
    }
}
