package io.chorus.registry.variants.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures the priors of {@link TypoKind} and {@link SpellingConfusion}: for every kind of mistake, the share of
 * its candidates that are real misspellings. English from codespell's list (even lines only, so that the odd lines
 * stay unseen by the calibration), Russian from the training half of RuLexNorm (test.norm stays unseen). Prints, per
 * kind and place in the word, the measured rate, the prior it suggests (smoothed and scaled as {@link TypoKind}
 * explains) and the prior in use. Reads the data where it lies; nothing of it is copied.
 *
 * <p>Run: {@code java -cp <test classpath> io.chorus.registry.variants.internal.TypoPriorCalibration [data dir]}.
 */
public final class TypoPriorCalibration {

    private record Rate(int candidates, int hits, double prior) {
    }

    /** The common scale of the priors: see {@link TypoKind}. */
    static final double SCALE = 5;

    /**
     * Pseudo-candidates at the pooled rate added to each rule's count, so that a rule seen on a few dozen candidates
     * is not trusted at 0 or at 1 (additive smoothing).
     */
    private static final double SMOOTHING = 30;

    private TypoPriorCalibration() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path codespell = data.resolve("codespell-dictionary/dictionary.txt");
        Path ruTrain = data.resolve("rulexnorm-ru-twitter/train_real.norm");
        if (!Files.isRegularFile(codespell) || !Files.isRegularFile(ruTrain)) {
            System.out.println("No data at " + data.toAbsolutePath() + ": nothing to calibrate.");
            return;
        }
        List<String[]> english = VariantRecallEvaluation.codespellPairs(codespell, VariantRecallEvaluation.Lines.EVEN);
        print("English (codespell, even lines)", english);
        print("Russian (RuLexNorm train_real)", VariantRecallEvaluation.ruLexNormPairs(List.of(ruTrain)));
    }

    private static void print(String title, List<String[]> pairs) {
        Map<String, Rate> rates = new TreeMap<>();
        int covered = 0;
        for (String[] pair : pairs) {
            String typo = pair[0].toLowerCase(Locale.ROOT);
            Map<String, Set<String>> byLabel = new HashMap<>();
            Map<String, Double> priors = new HashMap<>();
            TypingMistakes.forEach(pair[1], edit -> {
                String label = edit.label() + switch (edit.place()) {
                    case FIRST_LETTER -> " (first letter)";
                    case LAST_LETTER -> " (last letter)";
                    case INSIDE -> "";
                };
                byLabel.computeIfAbsent(label, key -> new HashSet<>()).add(edit.word());
                priors.put(label, edit.prior());
            });
            boolean found = false;
            for (Map.Entry<String, Set<String>> entry : byLabel.entrySet()) {
                boolean hit = entry.getValue().contains(typo);
                found |= hit;
                rates.merge(entry.getKey(), new Rate(entry.getValue().size(), hit ? 1 : 0, priors.get(entry.getKey())),
                        (a, b) -> new Rate(a.candidates() + b.candidates(), a.hits() + b.hits(), b.prior()));
            }
            covered += found ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%n## %s: %d pairs, %.1f%% reachable by one mistake%n%n", title, pairs.size(),
                100.0 * covered / pairs.size());
        double pooled = rates.values().stream().mapToDouble(Rate::hits).sum()
                / rates.values().stream().mapToDouble(Rate::candidates).sum();
        System.out.printf(Locale.ROOT, "pooled rate %.5f; suggested = %.0f x (hits + %.0f x pooled) / (candidates + %.0f)%n%n",
                pooled, SCALE, SMOOTHING, SMOOTHING);
        System.out.println("| mistake | candidates | hits | rate per candidate | suggested prior | prior in use |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        rates.forEach((label, rate) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %.5f | %.4f | %.4f |%n",
                label, rate.candidates(), rate.hits(), (double) rate.hits() / rate.candidates(),
                SCALE * (rate.hits() + SMOOTHING * pooled) / (rate.candidates() + SMOOTHING), rate.prior()));
    }
}
