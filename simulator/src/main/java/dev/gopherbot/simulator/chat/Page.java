package dev.gopherbot.simulator.chat;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Serves the chat page: its few files from the classpath, named here, so nothing else can be fetched. */
public final class Page {
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "emoji.js", "text/javascript; charset=utf-8",
            "mrkdwn.js", "text/javascript; charset=utf-8",
            "blocks.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8");

    public void routes(RoutesConfig routes) {
        routes.get("/", ctx -> serve(ctx, "index.html"));
        routes.get("/assets/{file}", ctx -> serve(ctx, ctx.pathParam("file")));
    }

    private static void serve(Context ctx, String file) {
        String type = FILES.get(file);
        if (type == null) {
            throw new NotFoundResponse();
        }
        try (InputStream in = Page.class.getResourceAsStream("/page/" + file)) {
            if (in == null) {
                throw new NotFoundResponse();
            }
            // no-cache: after a rebuild the browser must not keep yesterday's script
            ctx.header("Cache-Control", "no-cache").contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
