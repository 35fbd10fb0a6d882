package io.chorus.ui.api;

/** The regions of the window a perspective puts views into. */
public enum ViewArea {
    /** A narrow column on the left, for navigators and lists. */
    LEFT,
    /** The large centre, for the main work. */
    MAIN,
    /** A narrow column on the right, for details. */
    RIGHT,
    /** A band across the bottom, for logs, progress and properties. */
    BOTTOM
}
