package io.chorus.api.mention;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Finds which brands and rules mentions match. It compiles the semantic cores of the workspace into stored queries
 * and follows their changes. Safe to call from several threads at once: batches are matched in parallel.
 */
@ProviderType
public interface MentionMatcher {

    /** The rules each mention matches, in the order of the mentions. */
    List<List<MentionMatch>> match(List<Mention> mentions);

    /** How many rules are compiled now. */
    int ruleCount();

    /** Rules that could not be compiled and are left out, each in words with its brand and rule. */
    List<String> problems();
}
