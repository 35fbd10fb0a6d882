package io.chorus.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;

import io.chorus.api.ingest.Secrets;

/** The secret box as a service, with the same key file the sources use (outside the workspace). */
@Component(service = Secrets.class)
public final class SecretsComponent implements Secrets {

    private final SecretBox box;

    public SecretsComponent() {
        this(SecretBox.defaultKeyFile());
    }

    /** With a key file of its own, for tests. */
    public SecretsComponent(Path keyFile) {
        this.box = new SecretBox(keyFile);
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
}
