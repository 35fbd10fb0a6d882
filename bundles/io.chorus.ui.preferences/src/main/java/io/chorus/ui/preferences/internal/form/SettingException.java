package io.chorus.ui.preferences.internal.form;

/** A value the user typed cannot be stored; the message names the field and says what to type. */
public final class SettingException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fieldId;

    public SettingException(String fieldId, String message) {
        super(message);
        this.fieldId = fieldId;
    }

    /** The id of the field to fix. */
    public String fieldId() {
        return fieldId;
    }
}
