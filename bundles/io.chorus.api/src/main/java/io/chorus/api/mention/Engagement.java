package io.chorus.api.mention;

/**
 * The audience and reactions of a mention when it was collected; -1 where the platform does not say.
 *
 * @param followers people following the author
 * @param likes     likes, favourites, upvotes
 * @param comments  replies and comments
 * @param shares    reposts, boosts, retweets
 * @param views     views or impressions
 */
public record Engagement(long followers, long likes, long comments, long shares, long views) {

    public static final Engagement UNKNOWN = new Engagement(-1, -1, -1, -1, -1);

    /** How many people may have seen it: views when known, otherwise the author's followers, otherwise 0. */
    public long reach() {
        return views >= 0 ? views : Math.max(0, followers);
    }
}
