package io.chorus.api.ingest;

import java.io.IOException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Seals secrets (access tokens, passwords) before they are written anywhere: AES-GCM with a key kept outside the
 * workspace. Sources use it for their settings; the Preferences dialog for account settings in Configuration Admin;
 * whoever reads such a setting opens it here.
 */
@ProviderType
public interface Secrets {

    /** The sealed form of a secret, safe to write into a file. */
    String seal(String clear) throws IOException;

    /**
     * The secret in clear.
     *
     * @throws IOException when the value was sealed with another key (the key file was replaced) or is damaged
     */
    String open(String sealed) throws IOException;

    /** Whether a stored value is sealed (as opposed to a secret typed into a file by hand). */
    boolean isSealed(String value);
}
