package dev.gopherbot.apps.gopherbot.commands;

import dev.gopherbot.app.message.FileRef;
import dev.gopherbot.common.config.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Downloads the content of a file someone uploaded to Slack (its {@code url_private}, which needs the bot token). */
public interface SlackFiles {
    /**
     * The file's text, or empty when it cannot be had: gone, not text, or larger than {@code maxBytes}.
     *
     * @throws IOException when Slack is unreachable or failing: worth trying again later
     */
    Optional<String> download(FileRef file, int maxBytes) throws IOException, InterruptedException;

    static SlackFiles over(HttpClient http, Secret botToken) {
        return new Http(http, botToken);
    }

    final class Http implements SlackFiles {
        private static final Duration TIMEOUT = Duration.ofSeconds(10);

        private final HttpClient http;
        private final Secret botToken;

        Http(HttpClient http, Secret botToken) {
            this.http = http;
            this.botToken = botToken;
        }

        @Override
        public Optional<String> download(FileRef file, int maxBytes) throws IOException, InterruptedException {
            URI url;
            try {
                url = URI.create(file.urlPrivate());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
                return Optional.empty();
            }
            HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + botToken.reveal()).GET().build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status == 429 || status >= 500) {
                    throw new IOException("file download answered HTTP " + status);
                }
                // without access Slack answers its sign-in page (HTML, status 200) rather than an error
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (status != 200 || type.startsWith("text/html")) {
                    return Optional.empty();
                }
                byte[] bytes = body.readNBytes(maxBytes + 1);
                return bytes.length > maxBytes ? Optional.empty()
                        : Optional.of(new String(bytes, StandardCharsets.UTF_8));
            }
        }
    }
}
