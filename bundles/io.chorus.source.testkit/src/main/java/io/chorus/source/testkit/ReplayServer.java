package io.chorus.source.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server on 127.0.0.1 (a random free port) that replays recorded payloads, so connector tests never
 * reach the internet. Register {@link Route}s with {@link #on}; every request is recorded ({@link #requests()}).
 * A request no route matches gets a 404 whose body lists the routes. Each request runs on its own thread, so a
 * {@link Reply#hang() hanging} reply blocks nothing else.
 *
 * <p>Matching: the method and the exact path. Routes with a predicate win over plain ones; among routes of the same
 * kind the one registered last wins, so a test can override a route set up earlier.
 */
public final class ReplayServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile CountDownLatch release = new CountDownLatch(1);

    private ReplayServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts a server on 127.0.0.1 and a free port. */
    public static ReplayServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "replay-server");
                thread.setDaemon(true);
                return thread;
            });
            ReplayServer replay = new ReplayServer(http, executor);
            http.createContext("/", replay::handle);
            http.setExecutor(executor);
            http.start();
            return replay;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a local port for the replay server", e);
        }
    }

    /** The base URI, {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    /** The base URI with this path (and query) appended; the path starts with {@code /}. */
    public URI uri(String pathAndQuery) {
        if (!pathAndQuery.startsWith("/")) {
            throw new IllegalArgumentException("a path starts with /: " + pathAndQuery);
        }
        return URI.create(uri() + pathAndQuery);
    }

    /** A route for this method and exact path. */
    public Route on(String method, String path) {
        return add(new Route(method, path, null));
    }

    /** A route for this method and exact path that only answers requests the predicate accepts. */
    public Route on(String method, String path, Predicate<RecordedRequest> predicate) {
        return add(new Route(method, path, Objects.requireNonNull(predicate, "predicate")));
    }

    private Route add(Route route) {
        routes.add(route);
        return route;
    }

    /** The routes in the order they were registered. */
    List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Every request received so far, in order of arrival. */
    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Forgets every route and recorded request, and ends the requests left hanging. */
    public void reset() {
        routes.clear();
        requests.clear();
        releaseHanging();
    }

    @Override
    public void close() {
        releaseHanging();
        server.stop(0);
        executor.shutdownNow();
    }

    private void releaseHanging() {
        CountDownLatch old = release;
        release = new CountDownLatch(1);
        old.countDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        CountDownLatch released = release;
        try (exchange) {
            RecordedRequest request = record(exchange);
            requests.add(request);
            Route route = find(request);
            Reply reply = route == null ? notFound(request) : route.next();
            if (reply == null) {
                reply = Reply.text(500, "text/plain; charset=utf-8", "the route " + route + " has no reply");
            }
            if (reply.hangs()) {
                released.await();
                return; // closing the exchange without an answer
            }
            if (!reply.delayBy().isZero() && released.await(reply.delayBy().toNanos(), TimeUnit.NANOSECONDS)) {
                return;
            }
            send(exchange, request, reply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client went away (it timed out): nothing to answer.
        }
    }

    private static RecordedRequest record(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values));
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        URI uri = exchange.getRequestURI();
        return new RecordedRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT), uri.getPath(),
                uri.getRawQuery() == null ? "" : uri.getRawQuery(), headers,
                new String(body, StandardCharsets.UTF_8));
    }

    private Route find(RecordedRequest request) {
        Route plain = null;
        for (Route route : routes.reversed()) {
            if (route.matches(request)) {
                if (route.hasPredicate()) {
                    return route;
                }
                if (plain == null) {
                    plain = route;
                }
            }
        }
        return plain;
    }

    private Reply notFound(RecordedRequest request) {
        StringBuilder text = new StringBuilder("no route for ").append(request).append("; routes:");
        routes.forEach(route -> text.append("\n  ").append(route));
        return Reply.text(404, "text/plain; charset=utf-8", text.toString());
    }

    private static void send(HttpExchange exchange, RecordedRequest request, Reply reply) throws IOException {
        reply.headers().forEach(header -> exchange.getResponseHeaders().add(header.getKey(), header.getValue()));
        byte[] body = reply.body();
        boolean noBody = body.length == 0 || "HEAD".equals(request.method()) || reply.statusCode() == 204
                || reply.statusCode() == 304;
        exchange.sendResponseHeaders(reply.statusCode(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public String toString() {
        return "ReplayServer[" + uri() + ", " + routes.size() + " routes]";
    }
}
