package io.chorus.ui.preferences.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;

import io.chorus.api.ingest.Secrets;
import io.chorus.ingest.internal.SecretBox;

/** The real secret box of the ingest bundle, with a key file of its own in a temporary folder. */
final class TestSecrets implements Secrets {

    private final SecretBox box;

    TestSecrets() {
        try {
            box = new SecretBox(Files.createTempDirectory("chorus-test-secrets").resolve("secrets.key"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String seal(String clear) throws IOException {
        return box.encrypt(clear);
    }

    @Override
    public String open(String sealed) throws IOException {
        return box.decrypt(sealed);
    }

    @Override
    public boolean isSealed(String value) {
        return SecretBox.isSealed(value);
    }

    /** A copy of stored properties with the secret opened, after checking it was stored sealed. */
    Hashtable<String, Object> opened(Dictionary<String, Object> stored, String secretId) throws IOException {
        Hashtable<String, Object> copy = new Hashtable<>();
        for (String key : java.util.Collections.list(stored.keys())) {
            copy.put(key, stored.get(key));
        }
        Object secret = copy.get(secretId);
        if (secret != null) {
            if (!isSealed(secret.toString())) {
                throw new AssertionError(secretId + " was stored in clear");
            }
            copy.put(secretId, open(secret.toString()));
        }
        return copy;
    }

    Path keyFile() {
        return box.keyFile();
    }
}
