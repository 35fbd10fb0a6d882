package io.chorus.ui.preferences.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetatypePagesTest {

    @Test
    void theFrameworksOwnServicesGetNoPage() {
        assertTrue(MetatypePages.isInfrastructure("org.apache.felix.scr"));
        assertTrue(MetatypePages.isInfrastructure("org.apache.felix.fileinstall"));
        assertTrue(MetatypePages.isInfrastructure("org.eclipse.jface"));
        assertFalse(MetatypePages.isInfrastructure("io.chorus.registry"));
        assertFalse(MetatypePages.isInfrastructure("com.acme.chorus.source"), "third-party connectors have pages");
    }
}
