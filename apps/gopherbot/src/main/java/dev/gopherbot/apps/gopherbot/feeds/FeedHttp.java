package dev.gopherbot.apps.gopherbot.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.app.job.RetryLater;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * GETs JSON from a feed's endpoint with bounded timeouts. A 429 becomes {@link RetryLater}; any other non-200 or an
 * unreadable body becomes an {@link IOException} naming the endpoint, for the job's backoff.
 */
public final class FeedHttp {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String userAgent;

    /**
     * @param client   the process's HTTP client
     * @param instance sent in the User-Agent, so an API owner (and a test) can tell our instances apart
     */
    public FeedHttp(HttpClient client, String instance) {
        this.client = client;
        this.userAgent = "gopherbot-bgtasks (+https://github.com/gobridge/gopherbot; instance " + instance + ")";
    }

    /** The body as text, for APIs that wrap their JSON (Gerrit). */
    public String getText(URI uri) throws IOException, InterruptedException, RetryLater {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Accept", "application/json")
                .header("User-Agent", userAgent).GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 429) {
            throw new RetryLater("GET " + describe(uri) + " was rate-limited",
                    RetryLater.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        }
        if (response.statusCode() != 200) {
            throw new IOException("GET " + describe(uri) + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    public JsonNode getJson(URI uri) throws IOException, InterruptedException, RetryLater {
        return parse(uri, getText(uri));
    }

    public static JsonNode parse(URI uri, String body) throws IOException {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IOException("GET " + describe(uri) + " returned unreadable JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Host and path only: a query string may one day carry a token. */
    private static String describe(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority() + uri.getPath();
    }
}
