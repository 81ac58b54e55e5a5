package dev.gopherbot.apps.gopherbot.commands;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The Go Playground's share endpoint ({@code PLAYGROUND_URL}, by default {@code https://go.dev/_/share}): the request
 * body is the code, the answer the snippet's id, and the snippet is at {@code <origin>/play/p/<id>}.
 */
public interface Playground {
    /** The Playground refuses snippets larger than this (64 KiB), so larger code is not sent. */
    int MAX_BYTES = 64 * 1024;

    /**
     * Shares {@code code}.
     *
     * @throws IOException when the Playground is unreachable, slow or failing (5xx, 429): worth trying again later
     * @throws Refused     when it answered that it will not take this code, or answered something that is no id
     */
    URI share(String code) throws IOException, InterruptedException, Refused;

    /** An answer that will not change by asking again. */
    final class Refused extends Exception {
        public Refused(String reason) {
            super(reason);
        }
    }

    static Playground over(HttpClient http, URI shareUrl) {
        return new Http(http, shareUrl);
    }

    /** The real thing, over HTTP. */
    final class Http implements Playground {
        private static final Pattern ID = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");
        private static final Duration TIMEOUT = Duration.ofSeconds(10);

        private final HttpClient http;
        private final URI shareUrl;
        private final URI origin;

        Http(HttpClient http, URI shareUrl) {
            this.http = http;
            this.shareUrl = shareUrl;
            this.origin = shareUrl.resolve("/");
        }

        @Override
        public URI share(String code) throws IOException, InterruptedException, Refused {
            HttpRequest request = HttpRequest.newBuilder(shareUrl).timeout(TIMEOUT)
                    .header("Content-Type", "text/plain; charset=utf-8").header("User-Agent", "gopherbot")
                    .POST(HttpRequest.BodyPublishers.ofString(code, StandardCharsets.UTF_8)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 429 || status >= 500) {
                throw new IOException("playground answered HTTP " + status);
            }
            if (status != 200) {
                throw new Refused("playground answered HTTP " + status);
            }
            String id = response.body().strip();
            if (!ID.matcher(id).matches()) {
                throw new Refused("playground answered something that is not a snippet id");
            }
            return origin.resolve("/play/p/" + id);
        }
    }
}
