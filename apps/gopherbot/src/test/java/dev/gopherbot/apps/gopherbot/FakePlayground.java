package dev.gopherbot.apps.gopherbot;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Go Playground's share endpoint over real HTTP: {@code POST /_/share} with the code as the body answers a snippet
 * id, as go.dev does. Records what it was sent; can be told to fail.
 */
final class FakePlayground implements AutoCloseable {
    private final Javalin server;
    private final List<String> shared = new CopyOnWriteArrayList<>();
    private final Deque<Integer> failures = new ConcurrentLinkedDeque<>();

    private FakePlayground() {
        server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.concurrency.useVirtualThreads = true;
            cfg.routes.post("/_/share", this::share);
        }).start("127.0.0.1", 0);
    }

    static FakePlayground start() {
        return new FakePlayground();
    }

    /** What {@code PLAYGROUND_URL} is set to. */
    String shareUrl() {
        return "http://127.0.0.1:" + server.port() + "/_/share";
    }

    /** The link the bot makes for the {@code n}th snippet shared (from 1). */
    String link(int n) {
        return "http://127.0.0.1:" + server.port() + "/play/p/snippet" + n;
    }

    /** The code of each successful share, in order. */
    List<String> shared() {
        return List.copyOf(shared);
    }

    /** The next request is answered with this HTTP status and no id. */
    void failNext(int status) {
        failures.add(status);
    }

    private synchronized void share(Context ctx) {
        Integer failure = failures.poll();
        if (failure != null) {
            ctx.status(failure).result("failed on purpose");
            return;
        }
        shared.add(ctx.body());
        ctx.contentType("text/plain; charset=utf-8").result("snippet" + shared.size());
    }

    @Override
    public void close() {
        server.stop();
    }
}
