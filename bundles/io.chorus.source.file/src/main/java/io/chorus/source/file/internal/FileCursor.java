package io.chorus.source.file.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import io.chorus.source.api.Cursor;

/**
 * Where an import stopped: the position and line of the next record, and what the file looked like then (size,
 * modification time, a hash of its first 4 KiB) so that a file replaced by a new export is read again from the start.
 * {@code skipped} counts the rows left out so far.
 */
record FileCursor(long position, long line, long size, long modified, String head, long skipped) {

    static final int HEAD = 4096;
    static final FileCursor START = new FileCursor(0, 1, 0, 0, "", 0);

    static FileCursor parse(Cursor cursor) {
        if (cursor.isStart()) {
            return START;
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : cursor.value().split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        try {
            return new FileCursor(Long.parseLong(values.get("pos")), Long.parseLong(values.get("line")),
                    Long.parseLong(values.get("size")), Long.parseLong(values.get("mtime")),
                    values.getOrDefault("head", ""), Long.parseLong(values.getOrDefault("skipped", "0")));
        } catch (NumberFormatException e) {
            // A damaged cursor costs a re-read, which dedup by id absorbs; it never blocks the source.
            return START;
        }
    }

    /** Whether the file is still the one this cursor was taken from (possibly grown). */
    boolean sameFile(Path file, BasicFileAttributes now) throws IOException {
        return this != START && now.size() >= size && now.lastModifiedTime().toMillis() >= modified
                && head.equals(headHash(file, Math.min(HEAD, size)));
    }

    static FileCursor after(Path file, BasicFileAttributes now, long position, long line, long skipped)
            throws IOException {
        return new FileCursor(position, line, now.size(), now.lastModifiedTime().toMillis(),
                headHash(file, Math.min(HEAD, now.size())), skipped);
    }

    static String headHash(Path file, long bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes((int) bytes);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(head), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    Cursor toCursor() {
        return new Cursor("pos=" + position + ";line=" + line + ";size=" + size + ";mtime=" + modified + ";head=" + head
                + ";skipped=" + skipped);
    }
}
