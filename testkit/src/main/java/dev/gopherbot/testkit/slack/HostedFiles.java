package dev.gopherbot.testkit.slack;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Files people uploaded, served at their {@code url_private} as Slack does: only to a request with a bot token in
 * {@code Authorization: Bearer …}; anyone else is redirected to a sign-in page (HTML, status 200), which is what a bot
 * without access gets from the real Slack too. Mount {@link #serve(Context)} on {@code GET /files-pri/{id}/{name}}
 * and {@link #signIn(Context)} on {@code GET /signin}.
 */
public final class HostedFiles {
    private record File(String name, String content) {
    }

    private final Predicate<String> knownToken;
    private final Map<String, File> files = new ConcurrentHashMap<>();
    private final List<String> downloads = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(1000);

    /** @param knownToken whether a token is one of the workspace's bots' */
    HostedFiles(Predicate<String> knownToken) {
        this.knownToken = knownToken;
    }

    /** Stores a file; returns its id (its URL is {@code <base>/files-pri/<id>/<name>}). */
    String add(String name, String content) {
        String id = "F0" + ids.incrementAndGet();
        files.put(id, new File(name, content));
        return id;
    }

    /** Ids of the files downloaded with the bot token, in order. */
    List<String> downloads() {
        return List.copyOf(downloads);
    }

    void serve(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !knownToken.test(auth.substring(7).trim())) {
            ctx.redirect("/signin");
            return;
        }
        File file = files.get(ctx.pathParam("id"));
        if (file == null || !file.name().equals(ctx.pathParam("name"))) {
            ctx.status(404).result("file_not_found");
            return;
        }
        downloads.add(ctx.pathParam("id"));
        ctx.contentType("text/plain; charset=utf-8").result(file.content());
    }

    void signIn(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result("<!DOCTYPE html><html><body>Sign in to Slack</body></html>");
    }
}
