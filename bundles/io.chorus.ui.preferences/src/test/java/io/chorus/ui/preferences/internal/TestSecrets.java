package io.chorus.ui.preferences.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;

import io.chorus.api.ingest.Secrets;
import io.chorus.ingest.internal.SecretsComponent;

/** The ingest bundle's real secrets service, with a key file of its own in a temporary folder. */
final class TestSecrets {

    static Secrets create() {
        try {
            return new SecretsComponent(Files.createTempDirectory("chorus-test-secrets").resolve("secrets.key"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestSecrets() {
    }

    /** A copy of stored properties with the secret opened, after checking it was stored sealed. */
    static Hashtable<String, Object> opened(Secrets secrets, Dictionary<String, Object> stored, String secretId)
            throws IOException {
        Hashtable<String, Object> copy = new Hashtable<>();
        for (String key : Collections.list(stored.keys())) {
            copy.put(key, stored.get(key));
        }
        Object secret = copy.get(secretId);
        if (secret != null) {
            if (!secrets.isSealed(secret.toString())) {
                throw new AssertionError(secretId + " was stored in clear");
            }
            copy.put(secretId, secrets.open(secret.toString()));
        }
        return copy;
    }
}
