package dev.gopherbot.apps.usersync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.web.WebLinks;
import dev.gopherbot.common.web.WebSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A browser without a browser: signs in through a minted link as Slack would hand it out, then GETs pages. */
public final class WebClient {
    private final URI base;
    private final WebLinks links = new WebLinks(WebSettings.require(new Env(Map.of(
            "WEB_SESSION_KEY", UsersyncFixture.WEB_KEY, "PUBLIC_URL", UsersyncFixture.PUBLIC_URL))));
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public WebClient(URI base) {
        this.base = base;
    }

    public WebLinks links() {
        return links;
    }

    /**
     * A signed-in browser.
     *
     * @param cookie  the session cookie, {@code name=value}
     * @param landing where the link sent the browser after signing in
     */
    public record Session(String cookie, String landing) {
    }

    /** Signs {@code userId} of {@code teamId} in; returns the session cookie ({@code name=value}). */
    public String signIn(String userId, String teamId) {
        return followLink(links.mint(userId, teamId, "/web/usersync/directory")).cookie();
    }

    /** Opens a link the bot sent as a browser would: the login answers 303 with the session cookie. */
    public Session followLink(String link) {
        assertEquals(true, link.startsWith(UsersyncFixture.PUBLIC_URL + "/web/login?t="), link);
        HttpResponse<String> login = get(link.substring(UsersyncFixture.PUBLIC_URL.length()), null);
        assertEquals(303, login.statusCode(), login.body());
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        return new Session(setCookie.substring(0, setCookie.indexOf(';')),
                login.headers().firstValue("Location").orElseThrow());
    }

    /** GETs {@code path} (with its query), with the session {@code cookie} or none. */
    public HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("no answer from " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
