package io.chorus.source.file.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Reads a file byte by byte from any position and always knows the position, so a cursor can point at a record. */
final class ByteInput implements AutoCloseable {

    static final int EOF = -1;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024).flip();
    private long position;

    ByteInput(Path file, long start) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.READ);
        seek(start);
    }

    void seek(long start) throws IOException {
        channel.position(start);
        buffer.clear().flip();
        position = start;
    }

    int read() throws IOException {
        if (!fill()) {
            return EOF;
        }
        position++;
        return buffer.get() & 0xFF;
    }

    int peek() throws IOException {
        return fill() ? buffer.get(buffer.position()) & 0xFF : EOF;
    }

    long position() {
        return position;
    }

    private boolean fill() throws IOException {
        if (buffer.hasRemaining()) {
            return true;
        }
        buffer.clear();
        int read = channel.read(buffer);
        buffer.flip();
        return read > 0;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
