package io.chorus.source.bluesky.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A minimal RFC 6455 server for tests: accepts one connection on 127.0.0.1, answers the opening handshake, sends the
 * given text messages as unmasked frames (large ones split into a text frame and continuation frames), then a close
 * frame (or waits for the client's) and completes the closing handshake. com.sun.net.httpserver cannot upgrade a connection, hence a plain socket.
 */
final class LocalWebSocketServer implements AutoCloseable {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final ServerSocket server;
    private final CompletableFuture<String> requestLine = new CompletableFuture<>();
    private final CompletableFuture<Integer> clientClose = new CompletableFuture<>();
    private final Thread thread;

    /**
     * @param messages      the text messages to send after the handshake
     * @param closeWhenDone send a close frame after the messages; otherwise wait for the client's close and answer it
     * @param fragmentAbove split messages longer than this many bytes into fragments
     */
    LocalWebSocketServer(List<String> messages, boolean closeWhenDone, int fragmentAbove) throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> serve(messages, closeWhenDone, fragmentAbove), "test-websocket-server");
        thread.setDaemon(true);
        thread.start();
    }

    URI uri(String path) {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + path);
    }

    /** The handshake's request line, such as "GET /subscribe?cursor=1 HTTP/1.1". */
    String requestLine() throws Exception {
        return requestLine.get(5, TimeUnit.SECONDS);
    }

    /** The status code of the client's close frame, once it arrived. */
    int clientCloseCode() throws Exception {
        return clientClose.get(5, TimeUnit.SECONDS);
    }

    private void serve(List<String> messages, boolean closeWhenDone, int fragmentAbove) {
        try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            String key = null;
            String line = readLine(in);
            requestLine.complete(line);
            while (!(line = readLine(in)).isEmpty()) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase("Sec-WebSocket-Key")) {
                    key = line.substring(colon + 1).strip();
                }
            }
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + GUID).getBytes(StandardCharsets.US_ASCII)));
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (String message : messages) {
                byte[] payload = message.getBytes(StandardCharsets.UTF_8);
                int offset = 0;
                int opcode = 0x1;
                do {
                    int length = Math.min(fragmentAbove, payload.length - offset);
                    boolean fin = offset + length == payload.length;
                    writeFrame(out, fin, opcode, payload, offset, length);
                    offset += length;
                    opcode = 0x0;
                } while (offset < payload.length);
            }
            out.flush();
            if (closeWhenDone) {
                writeFrame(out, true, 0x8, new byte[] {0x03, (byte) 0xE8}, 0, 2);  // 1000: normal closure
                out.flush();
                readUntilClose(in);
            } else if (readUntilClose(in)) {
                writeFrame(out, true, 0x8, new byte[] {0x03, (byte) 0xE8}, 0, 2);  // the answer to the client's close
                out.flush();
            }
        } catch (Exception e) {
            clientClose.completeExceptionally(e);
            requestLine.completeExceptionally(e);
        }
    }

    private static void writeFrame(OutputStream out, boolean fin, int opcode, byte[] payload, int offset, int length)
            throws IOException {
        out.write((fin ? 0x80 : 0) | opcode);
        if (length < 126) {
            out.write(length);
        } else if (length < 65_536) {
            out.write(126);
            out.write(length >>> 8);
            out.write(length & 0xFF);
        } else {
            out.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (((long) length >>> shift) & 0xFF));
            }
        }
        out.write(payload, offset, length);
    }

    /** Reads the client's frames (always masked) until its close frame; false when the connection just ended. */
    private boolean readUntilClose(InputStream in) throws IOException {
        while (true) {
            int first = in.read();
            if (first < 0) {
                clientClose.complete(-1);
                return false;
            }
            int second = in.read();
            long length = second & 0x7F;
            if (length == 126) {
                length = (in.read() << 8) | in.read();
            } else if (length == 127) {
                length = 0;
                for (int i = 0; i < 8; i++) {
                    length = (length << 8) | in.read();
                }
            }
            byte[] mask = (second & 0x80) != 0 ? in.readNBytes(4) : new byte[4];
            byte[] payload = in.readNBytes((int) length);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
            if ((first & 0x0F) == 0x8) {
                clientClose.complete(payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005);
                return true;
            }
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
