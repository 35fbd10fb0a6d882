package io.chorus.ingest.internal;

import java.io.IOException;

import org.osgi.service.component.annotations.Component;

import io.chorus.api.ingest.Secrets;

/** The secret box as a service, with the same key file the sources use (outside the workspace). */
@Component(service = Secrets.class)
public final class SecretsComponent implements Secrets {

    private final SecretBox box = new SecretBox(SecretBox.defaultKeyFile());

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
