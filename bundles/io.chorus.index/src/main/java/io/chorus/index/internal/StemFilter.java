package io.chorus.index.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Stems each word by its script: Cyrillic words with the Russian Snowball stemmer, Latin ones with the English one.
 * Mentions mix languages ("купил Samsung Galaxy в Эльдорадо"), so the script of the word decides, not the mention's
 * language. Other scripts pass unchanged (Japanese has no inflection to strip this way).
 */
final class StemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final SnowballStemmer russian = new RussianStemmer();
    private final SnowballStemmer english = new EnglishStemmer();

    StemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        SnowballStemmer stemmer = stemmerFor(term);
        if (stemmer != null) {
            stemmer.setCurrent(term.buffer(), term.length());
            stemmer.stem();
            term.copyBuffer(stemmer.getCurrentBuffer(), 0, stemmer.getCurrentBufferLength());
        }
        return true;
    }

    private SnowballStemmer stemmerFor(CharTermAttribute word) {
        for (int i = 0; i < word.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(word.charAt(i));
            if (script == Character.UnicodeScript.CYRILLIC) {
                return russian;
            }
            if (script == Character.UnicodeScript.LATIN) {
                return english;
            }
        }
        return null;
    }
}
