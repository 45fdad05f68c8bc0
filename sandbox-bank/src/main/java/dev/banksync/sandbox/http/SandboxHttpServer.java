package dev.banksync.sandbox.http;

import com.sun.net.httpserver.HttpServer;
import dev.banksync.sandbox.SimulatedBank;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The JDK's HTTP server in front of a {@link SimulatedBank}, with a small worker pool. */
public final class SandboxHttpServer implements AutoCloseable {

    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;

    private SandboxHttpServer(HttpServer server, ExecutorService workers, ScheduledExecutorService scheduler) {
        this.server = server;
        this.workers = workers;
        this.scheduler = scheduler;
    }

    public static SandboxHttpServer start(SimulatedBank bank, String host, int port, int threads) {
        // The JDK server sends headers and body as separate TCP segments; with Nagle's algorithm on, each
        // keep-alive response then waits for the client's delayed ACK (~40 ms). The switch is read once per JVM,
        // when the first HttpServer is created, so an explicit setting by the host application wins.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        }
        ExecutorService workers = Executors.newFixedThreadPool(threads, named("sandbox-bank-http"));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(named("sandbox-bank-delays"));
        server.setExecutor(workers);
        server.createContext("/", new Router(bank, scheduler));
        server.start();
        return new SandboxHttpServer(server, workers, scheduler);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI baseUrl() {
        String host = server.getAddress().getHostString();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
    }

    @Override
    public void close() {
        server.stop(0);
        scheduler.shutdownNow();
        workers.shutdownNow();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
