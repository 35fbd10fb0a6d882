package io.chorus.api.ingest;

import io.chorus.api.mention.Mention;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Language detection and near-duplicate grouping as ingest does them, for mentions that are not stored: the batch
 * command line uses it.
 */
@ProviderType
public interface MentionAnalyser {

    /**
     * The ISO 639-1 code of the text's language, or empty when unsure (too short, mixed). Safe for many threads.
     */
    String detectLanguage(String text);

    /** Starts a run; near duplicates are found among the mentions of the same run. */
    Session open();

    /** One run; not for several threads at once, because groups depend on the order of the calls. */
    @ProviderType
    interface Session {

        /**
         * The {@link Mention#key()} of the first mention of this run with nearly the same text (a repost, a copy with
         * a link added), or the mention's own key when it is the first.
         */
        String duplicateGroup(Mention mention);
    }
}
