package io.chorus.ingest.internal;

import io.chorus.api.files.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secret settings with AES-256-GCM under a key kept outside the workspace, so a workspace folder that is
 * shared or committed does not give away tokens. The key file is created on first use, readable by its owner only.
 */
public final class SecretBox {

    public static final String KEY_PROPERTY = "chorus.secrets.key";
    static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path keyFile;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec key;

    public SecretBox(Path keyFile) {
        this.keyFile = keyFile;
    }

    /** The key file named by {@value #KEY_PROPERTY}, else {@code ~/.config/chorus/secrets.key}. */
    public static Path defaultKeyFile() {
        String configured = System.getProperty(KEY_PROPERTY, "");
        return configured.isBlank() ? Path.of(System.getProperty("user.home"), ".config", "chorus", "secrets.key")
                : Path.of(configured);
    }

    public Path keyFile() {
        return keyFile;
    }

    /** {@code v1:<base64 of iv and ciphertext>}. */
    public String encrypt(String clear) throws IOException {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt a secret setting: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Whether a stored value is in this box's format. */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** The clear text; the message of a failure never contains the secret. */
    public String decrypt(String sealed) throws IOException {
        if (!sealed.startsWith(PREFIX)) {
            throw new IOException("an encrypted setting must start with \"" + PREFIX + "\"");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IOException("cannot decrypt with the key in " + keyFile
                    + ": it was encrypted with another key or changed; enter the secret again", e);
        }
    }

    private SecretKeySpec key() throws IOException {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                current = key;
                if (current == null) {
                    current = new SecretKeySpec(loadOrCreate(), "AES");
                    key = current;
                }
            }
        }
        return current;
    }

    private byte[] loadOrCreate() throws IOException {
        if (Files.exists(keyFile)) {
            byte[] bytes = Base64.getDecoder().decode(Files.readString(keyFile).strip());
            if (bytes.length != 32) {
                throw new IOException(keyFile + " does not hold a 256-bit key; restore it from a backup");
            }
            return bytes;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Path folder = keyFile.toAbsolutePath().getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.exists(folder)) {
            Files.createDirectories(folder);
            if (posix) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
        AtomicFiles.writeString(keyFile, Base64.getEncoder().encodeToString(bytes) + "\n");
        if (posix) {
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        }
        return bytes;
    }
}
