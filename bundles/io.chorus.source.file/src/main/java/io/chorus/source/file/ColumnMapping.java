package io.chorus.source.file;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which column of an export holds which part of a mention. Written as text, fields separated by {@code ;}:
 * {@code text=Content;url=URL;published=Date+Hour;author=Author;platform=Source}. A {@code +} joins several columns
 * with a space (Brand24 and YouScan keep the date and the time apart). Column names match their headers ignoring
 * case and surrounding spaces. Immutable.
 */
public final class ColumnMapping {

    /** What a column can hold. */
    public enum Field {
        /** The tool's own id of the mention; without it the URL, else a hash of text, date and author, is the id. */
        ID,
        /** The mention's text; the one field every row needs. */
        TEXT,
        TITLE,
        URL,
        PUBLISHED,
        AUTHOR,
        /** The network or source type ("VK", "Telegram", "twitter", "Новости"); else taken from the URL's host. */
        PLATFORM,
        LANGUAGE,
        LIKES,
        COMMENTS,
        SHARES,
        VIEWS,
        FOLLOWERS;

        /** Its name in the text form. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Header names the known tools use, normalised (lower case, single spaces), best first. */
    private static final Map<Field, List<String>> KNOWN = new EnumMap<>(Field.class);

    static {
        KNOWN.put(Field.ID, List.of("id", "mention id", "result id", "post id", "id упоминания", "id сообщения",
                "id поста", "идентификатор"));
        KNOWN.put(Field.TEXT, List.of("content", "text", "mention content", "full text", "post text", "message",
                "snippet", "description", "body", "текст", "текст упоминания", "текст сообщения", "текст поста",
                "содержание", "сообщение", "фрагмент"));
        KNOWN.put(Field.TITLE, List.of("title", "headline", "subject", "заголовок"));
        KNOWN.put(Field.URL, List.of("url", "link", "mention url", "post url", "permalink", "ссылка", "url упоминания",
                "ссылка на упоминание", "ссылка на сообщение", "ссылка на пост"));
        KNOWN.put(Field.PUBLISHED, List.of("date", "published", "published date", "publication date", "created",
                "created at", "published at", "datetime", "date time", "дата", "дата публикации", "дата и время",
                "время публикации", "дата создания"));
        KNOWN.put(Field.AUTHOR, List.of("author", "author name", "username", "user name", "user", "profile name",
                "extra author attributes.name", "author.name", "автор", "имя автора", "автор сообщения", "профиль"));
        KNOWN.put(Field.PLATFORM, List.of("platform", "source type", "source", "network", "social network",
                "category", "source name", "площадка", "тип источника", "источник", "соцсеть", "социальная сеть",
                "тип площадки"));
        KNOWN.put(Field.LANGUAGE, List.of("language", "lang", "язык"));
        KNOWN.put(Field.LIKES, List.of("likes", "likes count", "reactions", "лайки", "лайков", "количество лайков"));
        KNOWN.put(Field.COMMENTS, List.of("comments", "comments count", "комментарии", "комментариев"));
        KNOWN.put(Field.SHARES, List.of("shares", "reposts", "retweets", "shares count", "репосты", "репостов",
                "поделились"));
        KNOWN.put(Field.VIEWS, List.of("views", "views count", "просмотры", "просмотров"));
        KNOWN.put(Field.FOLLOWERS, List.of("followers", "author followers", "followers count", "audience",
                "подписчики", "подписчиков", "аудитория", "аудитория автора"));
    }

    /** Time-of-day columns that complete a date-only column. */
    private static final List<String> TIME_COLUMNS = List.of("hour", "time", "время", "час");

    private final Map<Field, List<String>> columns;

    private ColumnMapping(Map<Field, List<String>> columns) {
        EnumMap<Field, List<String>> copy = new EnumMap<>(Field.class);
        columns.forEach((field, names) -> copy.put(field, List.copyOf(names)));
        this.columns = Collections.unmodifiableMap(copy);
    }

    /** No column mapped. */
    public static ColumnMapping empty() {
        return new ColumnMapping(Map.of());
    }

    /**
     * Reads the text form.
     *
     * @throws IllegalArgumentException naming the part that is not {@code field=Column}, or the unknown field
     */
    public static ColumnMapping parse(String text) {
        Map<Field, List<String>> columns = new EnumMap<>(Field.class);
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || part.substring(eq + 1).isBlank()) {
                throw new IllegalArgumentException("'" + part.strip() + "' in the column mapping is not field=Column "
                        + "(e.g. text=Content)");
            }
            String key = part.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            Field field;
            try {
                field = Field.valueOf(key);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + part.substring(0, eq).strip() + "' in the column mapping is "
                        + "not a field; use one of " + List.of(Field.values()).stream().map(Field::key)
                        .collect(Collectors.joining(", ")), e);
            }
            List<String> names = new ArrayList<>();
            for (String name : part.substring(eq + 1).split("\\+")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            columns.put(field, names);
        }
        return new ColumnMapping(columns);
    }

    /**
     * Proposes a mapping for these headers from the names Brand24, Mention, YouScan, Awario, Talkwalker and Brand
     * Analytics use (English and Russian). A header is used for one field at most; a date column is joined with a
     * separate time column ("Date+Hour", "Дата+Время").
     */
    public static ColumnMapping guess(List<String> headers) {
        Map<String, String> byNormal = new java.util.LinkedHashMap<>();
        for (String header : headers) {
            byNormal.putIfAbsent(normalise(header), header);
        }
        Map<Field, List<String>> columns = new EnumMap<>(Field.class);
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Field field : Field.values()) {
            for (String known : KNOWN.get(field)) {
                String header = byNormal.get(known);
                if (header != null && used.add(header)) {
                    columns.put(field, new ArrayList<>(List.of(header)));
                    break;
                }
            }
        }
        List<String> date = columns.get(Field.PUBLISHED);
        for (String time : TIME_COLUMNS) {
            String header = byNormal.get(time);
            if (header != null && !used.contains(header)) {
                if (date == null) {
                    columns.put(Field.PUBLISHED, new ArrayList<>(List.of(header)));
                } else {
                    date.add(header);
                }
                used.add(header);
                break;
            }
        }
        return new ColumnMapping(columns);
    }

    /** This mapping, with the fields it leaves out taken from {@code other}. */
    public ColumnMapping orElse(ColumnMapping other) {
        Map<Field, List<String>> merged = new EnumMap<>(Field.class);
        merged.putAll(other.columns);
        merged.putAll(columns);
        return new ColumnMapping(merged);
    }

    /** This mapping with {@code field} read from {@code columnNames} (joined with spaces). */
    public ColumnMapping with(Field field, String... columnNames) {
        Map<Field, List<String>> changed = new EnumMap<>(Field.class);
        changed.putAll(columns);
        changed.put(field, List.of(columnNames));
        return new ColumnMapping(changed);
    }

    /** The columns of a field, in order; empty when it is not mapped. */
    public List<String> columns(Field field) {
        return columns.getOrDefault(field, List.of());
    }

    /** The column of a field as written in the text form ("Date+Hour"). */
    public Optional<String> column(Field field) {
        List<String> names = columns(field);
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join("+", names));
    }

    public Map<Field, List<String>> asMap() {
        return columns;
    }

    /** The columns this mapping names that {@code headers} lack. */
    public List<String> missingFrom(List<String> headers) {
        java.util.Set<String> present = headers.stream().map(ColumnMapping::normalise).collect(Collectors.toSet());
        return columns.values().stream().flatMap(List::stream).filter(name -> !present.contains(normalise(name)))
                .distinct().toList();
    }

    /** Header names compare in lower case, with runs of spaces, underscores and dashes as one space. */
    public static String normalise(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
    }

    /** The text form, fields in a fixed order: {@code text=Content;published=Date+Hour}. */
    @Override
    public String toString() {
        return columns.entrySet().stream().map(e -> e.getKey().key() + "=" + String.join("+", e.getValue()))
                .collect(Collectors.joining(";"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnMapping mapping && mapping.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }
}
