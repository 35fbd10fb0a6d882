package io.chorus.ingest.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {

    static final LanguageGuesser GUESSER = new LanguageGuesser();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The delivery was late again and nobody from support answered my emails for a week.
            ru | Доставка снова опоздала, а поддержка не отвечала на мои письма целую неделю.
            uk | Доставка знову запізнилася, а підтримка не відповідала на мої листи цілий тиждень.
            ja | 配送がまた遅れて、サポートから一週間も返事がありませんでした。
            de | Die Lieferung kam schon wieder zu spät und der Kundendienst hat eine Woche lang nicht geantwortet.
            fr | La livraison est encore arrivée en retard et le service client n'a pas répondu pendant une semaine.
            es | El pedido volvió a llegar tarde y el servicio de atención al cliente no respondió en toda la semana.
            it | La consegna è arrivata di nuovo in ritardo e l'assistenza non ha risposto per una settimana.
            pt | A entrega atrasou outra vez e o suporte não respondeu aos meus e-mails durante uma semana inteira.
            nl | De bezorging was weer te laat en de klantenservice heeft een week lang niet gereageerd.
            pl | Dostawa znowu się spóźniła, a obsługa klienta nie odpowiadała przez cały tydzień.
            tr | Teslimat yine gecikti ve müşteri hizmetleri bir hafta boyunca e-postalarıma cevap vermedi.
            """)
    void realSentences(String expected, String text) {
        assertEquals(expected, GUESSER.guess("", text));
    }

    @Test
    void shortTextsFallBackToTheScript() {
        assertEquals("ru", GUESSER.guess("", "Спасибо!"));
        assertEquals("uk", GUESSER.guess("", "Дякую, ї"));
        assertEquals("ja", GUESSER.guess("", "ありがとう"));
        assertEquals("ja", GUESSER.guess("", "東京タワー"));
        assertEquals("zh", GUESSER.guess("", "我的手机"));
        assertEquals("ko", GUESSER.guess("", "감사합니다"));
        assertEquals("", GUESSER.guess("", "ok 👍"), "too short to tell among Latin languages");
        assertEquals("", GUESSER.guess("", "https://t.co/x @acme #acme"), "nothing but links and handles");
    }

    /** Accuracy on real tweets of the shared data sets, when they are there; each must stay above a floor. */
    @Test
    void accuracyOnSharedDataSets() throws IOException {
        String shared = System.getProperty("chorus.shared.data", "");
        Path root = Path.of(shared.isEmpty() ? "../../../shared/data" : shared);
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("xlm-t-umsab")), "shared data absent: " + root);
        Map<String, String> xlmt = Map.of("english", "en", "french", "fr", "german", "de", "italian", "it",
                "portuguese", "pt", "spanish", "es");
        Map<String, Double> accuracy = new TreeMap<>();
        for (Map.Entry<String, String> set : xlmt.entrySet()) {
            List<String> lines = Files.readAllLines(root.resolve("xlm-t-umsab").resolve(set.getKey())
                    .resolve("test_text.txt"));
            accuracy.put(set.getValue(), accuracy(lines, set.getValue()));
        }
        Path ru = root.resolve("rulexnorm-ru-twitter/test.norm");
        if (Files.exists(ru)) {
            accuracy.put("ru", accuracy(tweetsFromTokens(ru), "ru"));
        }
        Path ja = root.resolve("chabsa-ja/data/test.tsv");
        if (Files.exists(ja)) {
            accuracy.put("ja", accuracy(Files.readAllLines(ja).stream().map(l -> l.split("\t")[0]).toList(), "ja"));
        }
        System.out.println("Language detection accuracy (share of texts given the right code; '' counts as wrong): "
                + accuracy);
        accuracy.forEach((language, value) -> assertTrue(value >= 0.70, language + ": " + value));
    }

    private static double accuracy(List<String> texts, String expected) {
        int right = 0;
        int total = 0;
        for (String text : texts) {
            if (text.isBlank()) {
                continue;
            }
            total++;
            if (GUESSER.guess("", text).equals(expected)) {
                right++;
            }
        }
        return Math.round(1000.0 * right / total) / 1000.0;
    }

    /** The corpus has one token per line (original, normalised), tweets separated by blank lines. */
    private static List<String> tweetsFromTokens(Path file) throws IOException {
        List<String> tweets = new ArrayList<>();
        StringBuilder tweet = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                if (!tweet.isEmpty()) {
                    tweets.add(tweet.toString());
                    tweet.setLength(0);
                }
            } else {
                tweet.append(line.split("\t")[0]).append(' ');
            }
        }
        return tweets;
    }
}
