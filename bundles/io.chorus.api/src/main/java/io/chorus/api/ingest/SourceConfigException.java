package io.chorus.api.ingest;

/** A source that cannot be saved as given; the message names the setting and what to do. */
public class SourceConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String setting;

    public SourceConfigException(String setting, String message) {
        super(message);
        this.setting = setting == null ? "" : setting;
    }

    /** The setting at fault, or empty when it is the source as a whole. */
    public String setting() {
        return setting;
    }
}
