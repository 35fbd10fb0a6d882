package io.chorus.ingest.internal.pipeline;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the language of a text: n-gram profiles (optimaize language-detector) for texts long enough to have them,
 * the script for short ones, and nothing rather than a guess when neither is sure.
 */
public final class LanguageGuesser {

    /** The languages brands are monitored in most; each profile costs memory and time per text. */
    static final List<String> PROFILES = List.of("en", "ru", "uk", "be", "bg", "de", "fr", "es", "it", "pt", "nl",
            "pl", "sv", "fi", "da", "no", "cs", "sk", "tr", "hu", "ro", "el", "ar", "he", "hi", "ja", "ko", "zh-CN",
            "zh-TW", "id", "vi", "th", "lt", "lv", "et", "hr", "sl", "sr");
    /** Below this many letters n-grams say little; the script decides. */
    static final int MIN_LETTERS = 16;
    static final double MIN_PROBABILITY = 0.80;

    private static final Pattern NOISE = Pattern.compile("https?://\\S+|www\\.\\S+|[@#][\\p{L}\\p{N}_.]+|\\S+@\\S+");

    private volatile LanguageDetector detector;

    /** ISO 639-1 code, or empty when unsure. */
    public String guess(String title, String text) {
        String clean = NOISE.matcher(title.isEmpty() ? text : title + ". " + text).replaceAll(" ");
        Scripts scripts = Scripts.count(clean);
        if (scripts.letters() == 0) {
            return "";
        }
        // kana and hangul are unambiguous, and profiles for them are weak on short texts
        if (scripts.kana() > 0 && scripts.kana() * 10 >= scripts.letters()) {
            return "ja";
        }
        if (scripts.hangul() * 2 >= scripts.letters()) {
            return "ko";
        }
        if (scripts.letters() < MIN_LETTERS) {
            return scripts.shortTextGuess(clean);
        }
        List<DetectedLanguage> found = detector().getProbabilities(clean);
        if (!found.isEmpty() && found.get(0).getProbability() >= MIN_PROBABILITY) {
            return found.get(0).getLocale().getLanguage(); // zh-CN and zh-TW are both zh
        }
        return scripts.shortTextGuess(clean);
    }

    private LanguageDetector detector() {
        LanguageDetector current = detector;
        if (current == null) {
            synchronized (this) {
                current = detector;
                if (current == null) {
                    current = load();
                    detector = current;
                }
            }
        }
        return current;
    }

    private static LanguageDetector load() {
        try {
            // the profiles sit in the embedded jar: read them with its class loader, not the thread's
            List<LanguageProfile> profiles = new LanguageProfileReader()
                    .read(LanguageProfileReader.class.getClassLoader(), "languages", PROFILES);
            return LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles)
                    .seed(20_260_101L) // the detector samples n-grams: a fixed seed makes it repeatable
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language profiles of the embedded detector", e);
        }
    }

    /** Letters by script. */
    record Scripts(int letters, int latin, int cyrillic, int kana, int han, int hangul, int other) {

        static Scripts count(String text) {
            int letters = 0, latin = 0, cyrillic = 0, kana = 0, han = 0, hangul = 0, other = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isLetter(cp)) {
                    continue;
                }
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                switch (script) {
                    case LATIN -> latin++;
                    case CYRILLIC -> cyrillic++;
                    case HIRAGANA, KATAKANA -> kana++;
                    case HAN -> han++;
                    case HANGUL -> hangul++;
                    default -> other++;
                }
            }
            return new Scripts(letters, latin, cyrillic, kana, han, hangul, other);
        }

        /** What the script alone says; empty for Latin and mixed texts, where it says nothing. */
        String shortTextGuess(String text) {
            if (cyrillic * 2 > letters) {
                if (text.matches("(?s).*[іїєґІЇЄҐ].*")) {
                    return "uk";
                }
                return text.matches("(?s).*[ўЎ].*") ? "be" : "ru";
            }
            if (han * 2 > letters) {
                // without kana: Chinese, unless the text uses forms only Japanese writes
                if (text.matches("(?s).*[々〆〇].*")) {
                    return "ja";
                }
                return text.matches("(?s).*[的了是在我们这个不有你他说].*") ? "zh" : "";
            }
            return "";
        }
    }
}
