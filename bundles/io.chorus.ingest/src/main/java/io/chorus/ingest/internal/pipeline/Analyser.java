package io.chorus.ingest.internal.pipeline;

import io.chorus.api.ingest.MentionAnalyser;

/** Language detection and near-duplicate grouping for mentions that are not stored (the batch command line). */
public final class Analyser implements MentionAnalyser {

    /** Enough for a batch run of a few days of mentions; older texts are rarely copied again. */
    static final int SESSION_CAPACITY = 200_000;

    private final LanguageGuesser languages;

    public Analyser(LanguageGuesser languages) {
        this.languages = languages;
    }

    @Override
    public String detectLanguage(String text) {
        return languages.guess("", text);
    }

    @Override
    public Session open() {
        NearDuplicates index = new NearDuplicates(SESSION_CAPACITY);
        return mention -> index.assign(mention.key(), mention.title(), mention.text());
    }
}
