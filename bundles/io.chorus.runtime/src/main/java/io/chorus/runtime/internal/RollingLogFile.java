package io.chorus.runtime.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An append-only log file that rolls over at a size limit, keeping a few older generations
 * ({@code chorus.log}, {@code chorus.log.1}, ...), so a monitor running for months never fills the disk.
 */
final class RollingLogFile {

    private final Path file;
    private final long limitBytes;
    private final int generations;
    private OutputStream out;
    private long size;

    RollingLogFile(Path file, long limitBytes, int generations) {
        this.file = file;
        this.limitBytes = limitBytes;
        this.generations = generations;
    }

    Path file() {
        return file;
    }

    synchronized void append(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (out == null) {
            open();
        }
        if (size + bytes.length > limitBytes && size > 0) {
            roll();
        }
        out.write(bytes);
        out.flush();
        size += bytes.length;
    }

    private void open() throws IOException {
        Files.createDirectories(file.getParent());
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    private void roll() throws IOException {
        out.close();
        for (int generation = generations - 1; generation >= 1; generation--) {
            Path older = file.resolveSibling(file.getFileName() + "." + generation);
            Path source = generation == 1 ? file : file.resolveSibling(file.getFileName() + "." + (generation - 1));
            if (Files.exists(source)) {
                Files.move(source, older, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        size = 0;
    }

    synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // Closing a log on shutdown: nothing left to tell anyone.
            }
            out = null;
        }
    }
}
