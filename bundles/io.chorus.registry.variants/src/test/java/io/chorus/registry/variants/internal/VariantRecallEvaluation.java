package io.chorus.registry.variants.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.MatchOptions;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantGenerator;

/**
 * How many real misspellings the four generators together propose, and how often their proposals for brand names
 * turn up as ordinary words. Prints markdown for docs/benchmarks.md. Reads the data where it lies and copies none.
 *
 * <ul>
 * <li>Recall, English: codespell's list; for each typo whose correction is one alphabetic word of 4+ letters, is
 * the typo among the variants of the correction (an entry in English)?</li>
 * <li>Recall, Russian: RuLexNorm (test and train_real); for each token whose original and normalised forms are
 * single Cyrillic words differing other than in case, is the original among the variants of the normalised word (an
 * entry in Russian)?</li>
 * <li>False hits: the variants of {@link #BRANDS} (without the names themselves) against the tokens of ordinary
 * text, English tweets (TweetEval sentiment validation) and Russian tweets (RuLexNorm's normalised tokens).</li>
 * </ul>
 * The generators are merged as a registry merges them: each asked for the budget, all proposals pooled, the same
 * text kept once at its highest likelihood, the most likely kept up to the budget. Asking for 200 once and cutting
 * gives the same lists (each generator's list is best first), so that is what happens here.
 *
 * <p>Run with {@code tools/benchmarks/variant-recall.sh [data dir]}.
 */
public final class VariantRecallEvaluation {

    static final int[] BUDGETS = {10, 50, 200};
    private static final int MAX_BUDGET = 200;

    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{4,}");
    private static final Pattern CYRILLIC_WORD = Pattern.compile("[\\p{IsCyrillic}&&\\p{L}]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    /** Names a reputation team would track, with the languages such an entry would usually be given. */
    static final List<KeywordEntry> BRANDS = List.of(
            brand("Samsung"), brand("Apple"), brand("iPhone"), brand("Xiaomi"), brand("Beeline"),
            brand("Wildberries"), brand("Tinkoff"), brand("Dyson"), brand("Nike"), brand("Adidas"),
            brand("Google"), brand("Microsoft"), brand("Amazon"), brand("Netflix"), brand("Spotify"),
            brand("Tesla"), brand("Toyota"), brand("Sony"), brand("Canon"), brand("Huawei"), brand("Lenovo"),
            brand("Philips"), brand("Bosch"), brand("IKEA"), brand("Nestlé"), brand("Coca-Cola"),
            brand("Starbucks"), brand("Airbnb"), brand("PlayStation"), brand("YouTube"), brand("Telegram"),
            brand("WhatsApp"), brand("Visa"), brand("Mastercard"), brand("Kaspersky"), brand("Elon Musk"),
            brand("Tim Cook"), brand("Jeff Bezos"),
            brand("Сбербанк"), brand("Сбер"), brand("Яндекс"), brand("Тинькофф"), brand("Билайн"),
            brand("Мегафон"), brand("Магнит"), brand("Пятёрочка"), brand("Аэрофлот"), brand("Газпром"),
            brand("Лукойл"), brand("Ростелеком"), brand("ВКонтакте"), brand("Озон"), brand("Авито"),
            brand("Касперский"), brand("Герман Греф"), brand("Олег Тиньков"),
            brand("ソニー"), brand("トヨタ"), brand("ユニクロ"), brand("ニンテンドー"), brand("パナソニック"),
            brand("キヤノン"), brand("任天堂"));

    private VariantRecallEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path codespell = data.resolve("codespell-dictionary/dictionary.txt");
        Path ruTest = data.resolve("rulexnorm-ru-twitter/test.norm");
        Path ruTrain = data.resolve("rulexnorm-ru-twitter/train_real.norm");
        Path tweets = data.resolve("tweeteval-sentiment-val/val_text.txt");
        if (!Files.isRegularFile(codespell) || !Files.isRegularFile(ruTest) || !Files.isRegularFile(ruTrain)
                || !Files.isRegularFile(tweets)) {
            System.out.println("variant recall: the data is not at " + data.toAbsolutePath()
                    + " (needs codespell-dictionary, rulexnorm-ru-twitter and tweeteval-sentiment-val); nothing measured.");
            return;
        }
        List<VariantGenerator> generators = List.of(new TypoGenerator(), new KeyboardLayoutGenerator(),
                new TransliterationGenerator(), new JapaneseGenerator());
        Timing timing = Timing.measure(generators);

        List<String[]> english = codespellPairs(codespell, Lines.ALL);
        List<String[]> englishHeldOut = codespellPairs(codespell, Lines.ODD);
        List<String[]> russian = ruLexNormPairs(List.of(ruTest, ruTrain));
        List<String[]> russianHeldOut = ruLexNormPairs(List.of(ruTest));
        double[] recallEn = recall(generators, english, List.of("en"));
        double[] recallEnHeldOut = recall(generators, englishHeldOut, List.of("en"));
        double[] recallEnAnyLanguage = recall(generators, english, List.of());
        double[] recallRu = recall(generators, russian, List.of("ru"));
        double[] recallRuHeldOut = recall(generators, russianHeldOut, List.of("ru"));
        double[] recallRuAnyLanguage = recall(generators, russian, List.of());

        List<String> englishTokens = tokens(Files.readAllLines(tweets, StandardCharsets.UTF_8));
        List<String> russianTokens = tokens(normalisedTexts(List.of(ruTest, ruTrain)));
        FalseHits falseHitsEn = FalseHits.count(generators, englishTokens);
        FalseHits falseHitsRu = FalseHits.count(generators, russianTokens);

        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Machine: %d cores, %s, %d MB heap max; %s %s (%s), %s %s%n",
                runtime.availableProcessors(), cpuModel(), runtime.maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch"));
        System.out.printf(Locale.ROOT, "Data: %s; English pairs %d (held out from calibration %d), Russian pairs %d "
                + "(test.norm, held out, %d); ordinary text: %d English and %d Russian tokens; %d names.%n%n",
                data.toAbsolutePath().normalize(), english.size(), englishHeldOut.size(), russian.size(),
                russianHeldOut.size(), englishTokens.size(), russianTokens.size(), BRANDS.size());
        System.out.println("| Budget | Recall en | Recall ru | False hits en / 10k tokens | False hits ru / 10k tokens |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (int b = 0; b < BUDGETS.length; b++) {
            System.out.printf(Locale.ROOT, "| %d | %.1f%% | %.1f%% | %.1f | %.1f |%n", BUDGETS[b], recallEn[b],
                    recallRu[b], falseHitsEn.per10k(b), falseHitsRu.per10k(b));
        }
        System.out.println();
        System.out.println("| Budget | en, held out (odd lines) | en, entry without languages | "
                + "ru, held out (test.norm) | ru, entry without languages |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (int b = 0; b < BUDGETS.length; b++) {
            System.out.printf(Locale.ROOT, "| %d | %.1f%% | %.1f%% | %.1f%% | %.1f%% |%n", BUDGETS[b],
                    recallEnHeldOut[b], recallEnAnyLanguage[b], recallRuHeldOut[b], recallRuAnyLanguage[b]);
        }
        System.out.println();
        System.out.println("Worst false hits, English text (variant: tokens at budget 10 / 50 / 200):");
        falseHitsEn.printWorst(10);
        System.out.println("Worst false hits, Russian text:");
        falseHitsRu.printWorst(10);
        System.out.println();
        timing.print();
    }

    /** Recall at each budget: the share of pairs whose misspelling is among the variants of the correct word. */
    private static double[] recall(List<VariantGenerator> generators, List<String[]> pairs, List<String> languages) {
        int[] found = new int[BUDGETS.length];
        for (String[] pair : pairs) {
            List<Variant> variants = merged(generators, entry(pair[1], languages), MAX_BUDGET);
            String wanted = VariantCandidates.key(pair[0]);
            for (int rank = 0; rank < variants.size(); rank++) {
                if (VariantCandidates.key(variants.get(rank).text()).equals(wanted)) {
                    for (int b = 0; b < BUDGETS.length; b++) {
                        found[b] += rank < BUDGETS[b] ? 1 : 0;
                    }
                    break;
                }
            }
        }
        double[] recall = new double[BUDGETS.length];
        for (int b = 0; b < BUDGETS.length; b++) {
            recall[b] = pairs.isEmpty() ? 0 : 100.0 * found[b] / pairs.size();
        }
        return recall;
    }

    /** What a registry keeps: every generator's proposals, each text once at its best, the likeliest first. */
    static List<Variant> merged(List<VariantGenerator> generators, KeywordEntry entry, int budget) {
        Map<String, Variant> byKey = new LinkedHashMap<>();
        for (VariantGenerator generator : generators) {
            for (Variant variant : generator.generate(entry, budget)) {
                byKey.merge(VariantCandidates.key(variant.text()), variant,
                        (known, offered) -> offered.likelihood() > known.likelihood() ? offered : known);
            }
        }
        List<Variant> ranked = new ArrayList<>(byKey.values());
        ranked.sort(Comparator.comparingDouble(Variant::likelihood).reversed());
        return ranked.size() > budget ? ranked.subList(0, budget) : ranked;
    }

    /** The false hits of the brands' variants in ordinary text, at each budget. */
    private record FalseHits(int tokens, int[] hits, Map<String, int[]> byVariant) {

        static FalseHits count(List<VariantGenerator> generators, List<String> tokens) {
            // For each variant text: the smallest budget that includes it, over all brands.
            Map<String, Integer> firstBudget = new HashMap<>();
            Map<String, String> shown = new HashMap<>();
            Set<String> names = new HashSet<>();
            for (KeywordEntry brand : BRANDS) {
                names.add(comparable(brand.text()));
            }
            for (KeywordEntry brand : BRANDS) {
                List<Variant> variants = merged(generators, brand, MAX_BUDGET);
                for (int rank = 0; rank < variants.size(); rank++) {
                    String key = comparable(variants.get(rank).text());
                    if (names.contains(key)) {
                        continue;
                    }
                    int budget = 0;
                    while (rank >= BUDGETS[budget]) {
                        budget++;
                    }
                    firstBudget.merge(key, budget, Math::min);
                    shown.putIfAbsent(key, variants.get(rank).text() + " (" + brand.text() + ")");
                }
            }
            int maxWords = firstBudget.keySet().stream().mapToInt(key -> key.split(" ").length).max().orElse(1);
            int[] hits = new int[BUDGETS.length];
            Map<String, int[]> byVariant = new HashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                StringBuilder phrase = new StringBuilder();
                for (int words = 1; words <= maxWords && i + words <= tokens.size(); words++) {
                    phrase.append(words > 1 ? " " : "").append(tokens.get(i + words - 1));
                    Integer budget = firstBudget.get(phrase.toString());
                    if (budget != null) {
                        int[] counts = byVariant.computeIfAbsent(shown.get(phrase.toString()),
                                key -> new int[BUDGETS.length]);
                        for (int b = budget; b < BUDGETS.length; b++) {
                            hits[b]++;
                            counts[b]++;
                        }
                    }
                }
            }
            return new FalseHits(tokens.size(), hits, byVariant);
        }

        double per10k(int budget) {
            return tokens == 0 ? 0 : 10_000.0 * hits[budget] / tokens;
        }

        void printWorst(int count) {
            byVariant.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> e.getValue()[BUDGETS.length - 1])
                            .reversed().thenComparing(Map.Entry::getKey))
                    .limit(count)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %s: %d / %d / %d%n", e.getKey(),
                            e.getValue()[0], e.getValue()[1], e.getValue()[2]));
        }
    }

    /** Time per entry and generator at limit 50 on the names, after warming up; and the first call (ICU loading). */
    private record Timing(Map<String, Double> firstCallMillis, Map<String, Double> microsPerEntry) {

        static Timing measure(List<VariantGenerator> generators) {
            Map<String, Double> first = new LinkedHashMap<>();
            Map<String, Double> perEntry = new LinkedHashMap<>();
            for (VariantGenerator generator : generators) {
                long start = System.nanoTime();
                generator.generate(brand("Сбербанк"), 50);
                generator.generate(brand("Samsung"), 50);
                first.put(generator.name(), (System.nanoTime() - start) / 1e6);
            }
            int sink = 0;
            for (int round = 0; round < 100; round++) {
                for (VariantGenerator generator : generators) {
                    for (KeywordEntry brand : BRANDS) {
                        sink += generator.generate(brand, 50).size();
                    }
                }
            }
            int rounds = 100;
            for (VariantGenerator generator : generators) {
                long start = System.nanoTime();
                for (int round = 0; round < rounds; round++) {
                    for (KeywordEntry brand : BRANDS) {
                        sink += generator.generate(brand, 50).size();
                    }
                }
                perEntry.put(generator.name(), (System.nanoTime() - start) / 1e3 / rounds / BRANDS.size());
            }
            if (sink == 42) {
                System.out.println();
            }
            return new Timing(first, perEntry);
        }

        void print() {
            System.out.printf(Locale.ROOT, "Time per entry at limit 50, mean over the %d names after warm-up: %s; "
                    + "all four: %.0f µs.%n", BRANDS.size(), format(microsPerEntry, "%.0f µs"),
                    microsPerEntry.values().stream().mapToDouble(Double::doubleValue).sum());
            System.out.printf(Locale.ROOT, "First two calls in a fresh JVM (class loading, ICU data): %s.%n",
                    format(firstCallMillis, "%.0f ms"));
        }

        private static String format(Map<String, Double> values, String pattern) {
            List<String> parts = new ArrayList<>();
            values.forEach((name, value) -> parts.add(name + " " + String.format(Locale.ROOT, pattern, value)));
            return String.join(", ", parts);
        }
    }

    static KeywordEntry entry(String text, List<String> languages) {
        return new KeywordEntry("evaluation", EntryType.BRAND_NAME, text, languages, MatchOptions.EXACT, Set.of(), "",
                List.of(), KeywordEntry.USER);
    }

    private static KeywordEntry brand(String name) {
        return entry(name, List.of());
    }

    /** Which lines of codespell's list to use: all, or the even or odd ones (the calibration uses the even ones). */
    enum Lines { ALL, EVEN, ODD }

    /** Pairs {typo, correction} whose correction is one alphabetic word of four letters or more. */
    static List<String[]> codespellPairs(Path dictionary, Lines which) throws IOException {
        List<String[]> pairs = new ArrayList<>();
        List<String> lines = Files.readAllLines(dictionary, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (which == Lines.EVEN && i % 2 != 0 || which == Lines.ODD && i % 2 == 0) {
                continue;
            }
            String line = lines.get(i);
            int arrow = line.indexOf("->");
            if (arrow <= 0) {
                continue;
            }
            List<String> corrections = new ArrayList<>();
            for (String correction : line.substring(arrow + 2).split(",")) {
                if (!correction.isBlank()) {
                    corrections.add(correction.strip());
                }
            }
            if (corrections.size() == 1 && ENGLISH_WORD.matcher(corrections.getFirst()).matches()) {
                pairs.add(new String[] {line.substring(0, arrow).strip(), corrections.getFirst()});
            }
        }
        return pairs;
    }

    /**
     * Pairs {original, normalised} of RuLexNorm where both, without the punctuation around them, are single Cyrillic
     * words that differ other than in case.
     */
    static List<String[]> ruLexNormPairs(List<Path> files) throws IOException {
        List<String[]> pairs = new ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                String original = EDGE_PUNCTUATION.matcher(line.substring(0, tab).strip()).replaceAll("");
                String normalised = EDGE_PUNCTUATION.matcher(line.substring(tab + 1).strip()).replaceAll("");
                if (CYRILLIC_WORD.matcher(original).matches() && CYRILLIC_WORD.matcher(normalised).matches()
                        && !original.toLowerCase(Locale.ROOT).equals(normalised.toLowerCase(Locale.ROOT))) {
                    pairs.add(new String[] {original, normalised});
                }
            }
        }
        return pairs;
    }

    /** The normalised column of RuLexNorm. */
    private static List<String> normalisedTexts(List<Path> files) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab >= 0) {
                    texts.add(line.substring(tab + 1));
                }
            }
        }
        return texts;
    }

    /** A text as tokens are compared: without the punctuation around it, in comparison form. */
    private static String comparable(String text) {
        return VariantCandidates.key(EDGE_PUNCTUATION.matcher(text).replaceAll(""));
    }

    /** Whitespace-separated tokens with the punctuation around them removed, in comparison form; words only. */
    private static List<String> tokens(List<String> texts) {
        List<String> tokens = new ArrayList<>();
        for (String text : texts) {
            for (String raw : text.split("\\s+")) {
                String token = comparable(raw);
                if (token.codePoints().anyMatch(Character::isLetter)) {
                    tokens.add(token);
                }
            }
        }
        return tokens;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // Not Linux: the architecture says enough.
        }
        return System.getProperty("os.arch");
    }
}
