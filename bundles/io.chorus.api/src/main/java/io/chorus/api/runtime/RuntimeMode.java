package io.chorus.api.runtime;

/** How this Chorus process was started. */
public enum RuntimeMode {
    /** With the workbench window. */
    WORKBENCH,
    /** Without SWT: a service with a console, or a one-shot command for scripts. */
    HEADLESS
}
