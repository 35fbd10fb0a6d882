package io.chorus.api.registry;

import java.util.List;

/**
 * What importing a semantic core file did, or would do.
 *
 * @param added         entries added
 * @param updated       entries that existed and were updated
 * @param brandsCreated brands that did not exist
 * @param problems      every mistake, each naming the file and line; when there is one, nothing was imported
 * @param applied       whether the workspace changed (false for a dry run or when there were mistakes)
 */
public record ImportReport(int added, int updated, int brandsCreated, List<String> problems, boolean applied) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** One sentence for people. */
    public String summary() {
        return count(added, "entry", "entries") + " added, " + updated + " updated, "
                + count(brandsCreated, "brand", "brands") + " created";
    }

    private static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
