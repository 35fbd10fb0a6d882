package io.chorus.index.internal.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The write-ahead log of the store: what {@code store} and {@code label} promised is here, forced to disk, before
 * they return. Records are {@code magic, type, length, CRC32 of type and payload, payload}; the file is split in
 * segments, and segments the last index commit covers are deleted. Reading tolerates a torn last record (a crash
 * while writing: it is cut off) and skips damaged bytes in the middle to the next intact record, saying where.
 */
final class Journal implements AutoCloseable {

    /** A place in the journal: everything before it is in the index once a commit recorded it. */
    record Position(long segment, long offset) {
    }

    @FunctionalInterface
    interface RecordHandler {
        void record(byte type, byte[] payload, Path file, long offset) throws IOException;
    }

    static final int MAGIC = 0xC405_10C5;
    private static final int HEADER = 13;
    /** No record is this large; a larger length is damage, not data. */
    private static final int MAX_RECORD = 256 << 20;
    private static final long SEGMENT_SIZE = 64L << 20;
    private static final String SUFFIX = ".log";

    private final Path directory;
    private final List<String> problems = new ArrayList<>();
    /** Segments with damaged bytes: kept (renamed) instead of deleted, so nothing is lost silently. */
    private final Set<Long> damaged = new HashSet<>();
    private final ByteBuffer pending = ByteBuffer.allocate(1 << 20);
    private ByteBuffer large;
    private FileChannel channel;
    private volatile long segment;
    private long offset;

    Journal(Path directory) {
        this.directory = directory;
    }

    /** What reading found damaged, each naming the file and byte offset. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Reads every record from {@code from} on, cuts off a torn tail, and returns where reading ended. */
    Position replay(Position from, RecordHandler handler) throws IOException {
        Files.createDirectories(directory);
        List<Long> segments = segments();
        Position end = from;
        for (int i = 0; i < segments.size(); i++) {
            long number = segments.get(i);
            if (number < from.segment()) {
                continue;
            }
            long start = number == from.segment() ? from.offset() : 0;
            long stop = replaySegment(number, start, i == segments.size() - 1, handler);
            end = new Position(number, stop);
        }
        return end;
    }

    private long replaySegment(long number, long start, boolean last, RecordHandler handler) throws IOException {
        Path file = file(number);
        byte[] bytes = Files.readAllBytes(file);
        int position = (int) Math.min(start, bytes.length);
        while (position < bytes.length) {
            int length = validRecordLength(bytes, position);
            if (length >= 0) {
                byte[] payload = new byte[length];
                System.arraycopy(bytes, position + HEADER, payload, 0, length);
                handler.record(bytes[position + 4], payload, file, position);
                position += HEADER + length;
                continue;
            }
            int next = nextValidRecord(bytes, position + 1);
            if (next >= 0) {
                damaged.add(number);
                problems.add(String.format(Locale.ROOT, "The mention journal %s is damaged at byte %d: %d bytes"
                        + " could not be read and were skipped; the records after them were recovered. The file is"
                        + " kept as %s.damaged for inspection.", file, position, next - position, file.getFileName()));
                position = next;
            } else if (last) {
                // A crash while appending: this record was never acknowledged, so cutting it off loses nothing.
                problems.add(String.format(Locale.ROOT, "The mention journal %s ended with an incomplete record at"
                        + " byte %d (%d bytes, written while the process stopped); it was cut off.", file, position,
                        bytes.length - position));
                try (FileChannel truncate = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    truncate.truncate(position);
                    truncate.force(true);
                }
                return position;
            } else {
                damaged.add(number);
                problems.add(String.format(Locale.ROOT, "The mention journal %s is damaged from byte %d to its end"
                        + " (%d bytes could not be read). The file is kept as %s for inspection.", file, position,
                        bytes.length - position, file.getFileName() + ".damaged"));
                return bytes.length;
            }
        }
        return position;
    }

    /** The payload length of an intact record at {@code at}, or -1. */
    private static int validRecordLength(byte[] bytes, int at) {
        if (bytes.length - at < HEADER) {
            return -1;
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, at, HEADER);
        if (header.getInt() != MAGIC) {
            return -1;
        }
        header.get();
        int length = header.getInt();
        int crc = header.getInt();
        if (length < 0 || length > MAX_RECORD || length > bytes.length - at - HEADER) {
            return -1;
        }
        CRC32 check = new CRC32();
        check.update(bytes[at + 4]);
        check.update(bytes, at + HEADER, length);
        return (int) check.getValue() == crc ? length : -1;
    }

    private static int nextValidRecord(byte[] bytes, int from) {
        for (int at = from; at <= bytes.length - HEADER; at++) {
            if (bytes[at] == (byte) (MAGIC >>> 24) && validRecordLength(bytes, at) >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** Starts a fresh segment for appending, after the last one read. */
    void openForAppend() throws IOException {
        List<Long> segments = segments();
        startSegment(segments.isEmpty() ? 1 : segments.get(segments.size() - 1) + 1);
    }

    private void startSegment(long number) throws IOException {
        if (channel != null) {
            channel.close();
        }
        segment = number;
        offset = 0;
        channel = FileChannel.open(file(number), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        forceDirectory();
    }

    /** Where appending goes on: the start of the fresh segment, right after {@link #openForAppend()}. */
    Journal.Position start() {
        return new Position(segment, offset);
    }

    /** Adds a record to the pending group; {@link #sync()} writes and forces the group. */
    void append(byte type, byte[] payload) throws IOException {
        int size = HEADER + payload.length;
        if (pending.remaining() < size) {
            if (pending.position() > 0 || size > pending.capacity()) {
                writePending();
            }
            if (size > pending.capacity()) {
                large = ByteBuffer.allocate(size);
                put(large, type, payload);
                large.flip();
                while (large.hasRemaining()) {
                    channel.write(large);
                }
                offset += size;
                large = null;
                return;
            }
        }
        put(pending, type, payload);
    }

    private static void put(ByteBuffer buffer, byte type, byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(payload);
        buffer.putInt(MAGIC).put(type).putInt(payload.length).putInt((int) crc.getValue()).put(payload);
    }

    private void writePending() throws IOException {
        pending.flip();
        int size = pending.remaining();
        while (pending.hasRemaining()) {
            channel.write(pending);
        }
        pending.clear();
        offset += size;
    }

    /** Writes the pending records and forces them to disk; returns the position after them. */
    Position sync() throws IOException {
        writePending();
        channel.force(false);
        Position end = new Position(segment, offset);
        if (offset >= SEGMENT_SIZE) {
            startSegment(segment + 1);
        }
        return end;
    }

    /** Removes segments an index commit fully covers; damaged ones are renamed instead. */
    synchronized void deleteBefore(long firstNeeded) throws IOException {
        for (long number : segments()) {
            if (number >= firstNeeded || number == segment) {
                continue;
            }
            Path file = file(number);
            if (damaged.remove(number)) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".damaged"),
                        StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(file);
            }
        }
    }

    private List<Long> segments() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{20}\\.log"))
                    .map(n -> Long.parseLong(n.substring(0, 20))).sorted().toList();
        }
    }

    private Path file(long number) {
        return directory.resolve(String.format(Locale.ROOT, "%020d%s", number, SUFFIX));
    }

    private void forceDirectory() {
        try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open folders; NTFS journals the creation itself.
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
