package io.chorus.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassWarmerTest {

    @Test
    void warmsTheWindowBundlesOnly() {
        assertTrue(ClassWarmer.isWindowBundle("org.eclipse.swt.gtk.linux.x86_64"));
        assertTrue(ClassWarmer.isWindowBundle("org.eclipse.jface"));
        assertTrue(ClassWarmer.isWindowBundle("io.chorus.ui.dashboard"));
        assertTrue(ClassWarmer.isWindowBundle("io.chorus.ingest.ui"));
        assertFalse(ClassWarmer.isWindowBundle("io.chorus.index"), "Lucene is the store's business");
        assertFalse(ClassWarmer.isWindowBundle("org.apache.felix.scr"));
    }
}
