package io.chorus.source.file;

/** The file as a whole cannot be imported (missing, not CSV or JSON, a mapping that names no column of it). */
public class FileImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public FileImportException(String message) {
        super(message);
    }

    public FileImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
