package io.chorus.launcher;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Map;


import io.chorus.api.files.AtomicFiles;
import io.chorus.api.runtime.Workspace;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;

/**
 * Finds, creates and locks the workspace. A workspace is a folder with a {@code workspace.json}; Chorus creates one
 * in a new or empty folder, and refuses folders that hold other things, so it never mixes its files into a user's.
 * One process at a time works in a workspace: the lock file says which.
 */
final class WorkspaceSetup {

    static final int SCHEMA = 1;

    /** A workspace and the lock that keeps other processes out of it while this one runs. */
    record OpenWorkspace(Workspace workspace, FileChannel lockChannel, FileLock lock, boolean created) {
        void release() {
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                // The lock goes with the process anyway.
            }
        }
    }

    private WorkspaceSetup() {
    }

    static Path defaultLocation(boolean demo, String configured) {
        if (configured != null && !configured.isBlank() && !demo) {
            return Path.of(configured.replace("~", System.getProperty("user.home")));
        }
        return Path.of(System.getProperty("user.home"), demo ? "chorus-demo" : "chorus-workspace");
    }

    static OpenWorkspace open(Path folder, boolean demo, String version, JsonProvider json, Clock clock)
            throws LauncherException {
        Path root = folder.toAbsolutePath().normalize();
        Path descriptor = root.resolve(Workspace.DESCRIPTOR_FILE);
        boolean created = false;
        Workspace workspace;
        if (Files.isRegularFile(descriptor)) {
            workspace = read(root, descriptor, json);
            if (workspace.schemaVersion() > SCHEMA) {
                throw new LauncherException("the workspace " + root + " was written by a newer Chorus (layout "
                        + workspace.schemaVersion() + "; this one reads " + SCHEMA + "); update Chorus or choose"
                        + " another workspace with --workspace");
            }
        } else {
            if (Files.exists(root) && !Files.isDirectory(root)) {
                throw new LauncherException(root + " is a file, not a folder; choose a workspace folder with"
                        + " --workspace");
            }
            if (Files.isDirectory(root) && !isEmpty(root)) {
                throw new LauncherException(root + " is not a Chorus workspace (it has no " + Workspace.DESCRIPTOR_FILE
                        + ") and is not empty; choose a new or empty folder with --workspace, so Chorus never mixes"
                        + " its files with others");
            }
            workspace = new Workspace(root, root.getFileName() == null ? "workspace" : root.getFileName().toString(),
                    demo, SCHEMA);
            write(workspace, descriptor, version, json, clock);
            created = true;
        }
        try {
            Files.createDirectories(workspace.metadataDirectory());
        } catch (IOException e) {
            throw new LauncherException("cannot create " + workspace.metadataDirectory() + ": " + e.getMessage());
        }
        return lock(workspace, created);
    }

    private static boolean isEmpty(Path folder) throws LauncherException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new LauncherException("cannot read the folder " + folder + ": " + e.getMessage());
        }
    }

    private static Workspace read(Path root, Path descriptor, JsonProvider json) throws LauncherException {
        String text;
        try {
            text = Files.readString(descriptor, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LauncherException("cannot read " + descriptor + ": " + e.getMessage());
        }
        JsonObject object;
        try (JsonReader reader = json.createReader(new StringReader(text))) {
            object = reader.readObject();
        } catch (JsonParsingException e) {
            throw new LauncherException(descriptor + ":" + e.getLocation().getLineNumber() + ":"
                    + e.getLocation().getColumnNumber() + ": not valid JSON; fix the file (a workspace file looks like"
                    + " {\"schema\": 1, \"name\": \"Acme\"}); your data in the workspace is untouched");
        } catch (JsonException | IllegalStateException e) {
            throw new LauncherException(descriptor + ": expected a JSON object like {\"schema\": 1, \"name\": \"Acme\"}"
                    + "; your data in the workspace is untouched");
        }
        JsonValue schema = object.get("schema");
        if (!(schema instanceof JsonNumber number) || !number.isIntegral()) {
            throw new LauncherException(descriptor + ": \"schema\" must be a whole number such as 1");
        }
        String name = object.get("name") instanceof JsonString string ? string.getString()
                : root.getFileName().toString();
        boolean demo = object.get("demo") == JsonValue.TRUE;
        return new Workspace(root, name, demo, number.intValue());
    }

    private static void write(Workspace workspace, Path descriptor, String version, JsonProvider json, Clock clock)
            throws LauncherException {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(text)) {
            generator.writeStartObject()
                    .write("schema", workspace.schemaVersion())
                    .write("name", workspace.name())
                    .write("demo", workspace.demo())
                    .write("created", clock.instant().toString())
                    .write("createdBy", "Chorus " + version)
                    .writeEnd();
        }
        try {
            AtomicFiles.writeString(descriptor, text.toString().strip() + System.lineSeparator());
        } catch (IOException e) {
            throw new LauncherException("cannot create the workspace " + workspace.root() + ": " + e.getMessage()
                    + "; choose a folder you can write to with --workspace");
        }
    }

    private static OpenWorkspace lock(Workspace workspace, boolean created) throws LauncherException {
        Path lockFile = workspace.metadataDirectory().resolve("workspace.lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new LauncherException("the workspace " + workspace.root() + " is in use by another Chorus"
                        + holder + "; close it, or choose another workspace with --workspace");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new OpenWorkspace(workspace, channel, lock, created);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new LauncherException("the workspace " + workspace.root() + " is already open in this process");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LauncherException("cannot lock the workspace " + workspace.root() + ": " + e.getMessage());
        }
    }

    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            int read = channel.read(buffer, 0);
            String pid = read > 0 ? new String(buffer.array(), 0, read, StandardCharsets.US_ASCII).strip() : "";
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing to add to the error already being reported.
            }
        }
    }

}
