package dev.gopherbot.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.App;
import dev.gopherbot.app.web.Html;
import dev.gopherbot.app.web.PageResponse;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.common.web.TokenSigner;
import dev.gopherbot.common.web.Viewer;
import dev.gopherbot.common.web.WebLinks;
import dev.gopherbot.common.web.WebSettings;
import dev.gopherbot.gateway.GatewayFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sign-in by link, the session cookie and the pages behind it, over real HTTP as a browser would use them. */
class WebPagesIT {
    static final String KEY = "it-web-session-key-" + Long.toHexString(System.nanoTime()) + "-0123456789abcdef";
    static final String TEAM = "T0GOPHERS";
    static final String USER = "U0VIEWER";
    static final String COOKIE = SessionCookie.SECURE_NAME;
    static final Map<String, String> ENV = Map.of("WEB_SESSION_KEY", KEY, "PUBLIC_URL", "https://bot.example.test",
            "SLACK_TEAM_ID", TEAM);
    /** An app with three pages, at /web/site/whoami, /web/site/missing and /web/site/broken. */
    static final App SITE = App.of("site", app -> app.add(r -> {
        r.page("whoami", "shows who is signed in", request -> PageResponse.ok(Html.document("Who am I",
                "<p id=\"user\">" + Html.escape(request.viewer().userId()) + "</p>"
                        + "<p id=\"team\">" + Html.escape(request.viewer().teamId()) + "</p>"
                        + "<p id=\"q\">" + Html.escape(request.query("q").orElse("")) + "</p>")));
        r.page("missing", "says not found", request -> PageResponse.notFound(Html.document("Not here",
                "<p>no such thing</p>")));
        r.page("broken", "fails", request -> {
            throw new IllegalStateException("the page's own bug, with details: " + request.viewer());
        });
    }));

    private static GatewayFixture gateway;
    private static WebSettings settings;
    private static WebLinks links;
    private final HttpClient http = HttpClient.newHttpClient(); // never follows redirects: each hop is asserted

    @BeforeAll
    static void start() {
        gateway = GatewayFixture.start(ENV, List.of(SITE));
        settings = WebSettings.require(new Env(ENV));
        links = new WebLinks(settings);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void aPageWithoutASessionIs401WithAPageTellingTheUserToAskTheBotForALink() {
        HttpResponse<String> response = get("/web/site/whoami", null);

        assertEquals(401, response.statusCode());
        assertEquals("text/html;charset=utf-8", header(response, "Content-Type").replace(" ", ""));
        assertTrue(response.body().contains("Ask the bot in Slack for a link"), response.body());
        assertEquals("Slack-Link", header(response, "WWW-Authenticate"));
        assertEquals(Optional.empty(), response.headers().firstValue("Set-Cookie"));
        assertSecurityHeaders(response);
    }

    @Test
    void aValidLinkSignsInWith303AndASecureCookieAndThePageShowsTheViewerEscaped() {
        String link = links.mint(USER, TEAM, "/web/site/whoami?q=%3Cscript%3Ealert(1)%3C/script%3E");

        HttpResponse<String> login = get(pathOf(link), null);

        assertEquals(303, login.statusCode());
        assertEquals("/web/site/whoami?q=%3Cscript%3Ealert(1)%3C/script%3E", header(login, "Location"));
        String setCookie = header(login, "Set-Cookie");
        assertTrue(setCookie.startsWith(COOKIE + "="), setCookie);
        assertTrue(setCookie.endsWith("; Path=/; Max-Age=43200; HttpOnly; Secure; SameSite=Lax"), setCookie);
        assertSecurityHeaders(login);

        HttpResponse<String> page = get(header(login, "Location"), cookieValue(setCookie));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<p id=\"user\">U0VIEWER</p>"), page.body());
        assertTrue(page.body().contains("<p id=\"team\">T0GOPHERS</p>"), page.body());
        assertTrue(page.body().contains("<p id=\"q\">&lt;script&gt;alert(1)&lt;/script&gt;</p>"), page.body());
        assertFalse(page.body().contains("<script>"), page.body());
        assertSecurityHeaders(page);
    }

    @Test
    void aTamperedForgedOrForeignSessionCookieIs401AndIsCleared() {
        String value = signIn("/web/site/whoami");
        String[] parts = value.split("\\.");
        TokenSigner foreign = new TokenSigner(new Secret("another-key-0123456789abcdef0123"));
        List<String> bad = List.of(
                "A" + value.substring(1),
                parts[0] + "." + parts[1].substring(1) + "A",
                new TokenSigner(settings.sessionKey()).sign("session", Instant.now().plusSeconds(3600),
                        List.of("U0ADMIN", TEAM)).split("\\.")[0] + "." + parts[1],
                foreign.sign("session", Instant.now().plusSeconds(3600), List.of(USER, TEAM)),
                linkToken(links.mint(USER, TEAM, "/web/site/whoami")),
                "garbage");

        for (String cookie : bad) {
            HttpResponse<String> response = get("/web/site/whoami", cookie);

            assertEquals(401, response.statusCode(), cookie);
            assertTrue(response.body().contains("Ask the bot in Slack"));
            assertEquals(COOKIE + "=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax",
                    header(response, "Set-Cookie"));
        }
    }

    @Test
    void anExpiredSessionIs401() {
        SessionCookie session = new SessionCookie(settings);
        String expired = cookieValue(session.issue(new Viewer(USER, TEAM),
                Instant.now().minus(Duration.ofHours(13))));

        assertEquals(401, get("/web/site/whoami", expired).statusCode());
    }

    @Test
    void anExpiredLinkIs401SayingItExpiredAndSetsNoCookie() {
        WebLinks earlier = new WebLinks(settings, Clock.fixed(Instant.now().minus(Duration.ofMinutes(11)),
                ZoneOffset.UTC));

        HttpResponse<String> response = get(pathOf(earlier.mint(USER, TEAM, "/web/site/whoami")), null);

        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("This link has expired"), response.body());
        assertEquals(Optional.empty(), response.headers().firstValue("Set-Cookie"));
        assertEquals(Optional.empty(), response.headers().firstValue("Location"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/web/login", "/web/login?t=", "/web/login?t=garbage", "/web/login?t=a.b"})
    void aBrokenLinkIs401AndSetsNoCookie(String path) {
        HttpResponse<String> response = get(path, null);

        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("This link does not work"), response.body());
        assertEquals(Optional.empty(), response.headers().firstValue("Set-Cookie"));
    }

    @Test
    void aLinkForAnotherWorkspaceIs403AndSetsNoCookie() {
        HttpResponse<String> response = get(pathOf(links.mint(USER, "T0ELSEWHERE", "/web/site/whoami")), null);

        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("another Slack workspace"), response.body());
        assertEquals(Optional.empty(), response.headers().firstValue("Set-Cookie"));
        assertEquals(Optional.empty(), response.headers().firstValue("Location"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "//evil.example/web/whoami", "https://evil.example/", "/\\evil.example",
        "\\\\evil.example", "/ /evil.example", "javascript:alert(1)", "web/whoami"})
    void aSignedLinkLeadingOutsideTheSiteIsRefusedWithoutRedirectOrCookie(String target) {
        // WebLinks refuses to mint these; a leaked key or a bug could still sign one, so the gateway checks again
        // (control characters such as a tab cannot even be signed: TokenSigner refuses them)
        String token = new TokenSigner(settings.sessionKey()).sign("link", Instant.now().plusSeconds(600),
                List.of(USER, TEAM, target));

        HttpResponse<String> response = get("/web/login?t=" + token, null);

        assertEquals(400, response.statusCode());
        assertEquals(Optional.empty(), response.headers().firstValue("Location"));
        assertEquals(Optional.empty(), response.headers().firstValue("Set-Cookie"));
        assertFalse(response.body().contains("evil"), response.body());
    }

    @Test
    void signingOutClearsTheCookieAndTakesAPost() {
        HttpResponse<String> logout = send(HttpRequest.newBuilder(uri("/web/logout"))
                .header("Cookie", COOKIE + "=" + signIn("/web/site/whoami"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertEquals(200, logout.statusCode());
        assertEquals(COOKIE + "=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax", header(logout, "Set-Cookie"));
        assertTrue(logout.body().contains("You are signed out"));
        assertSecurityHeaders(logout);
        assertEquals(405, get("/web/logout", null).statusCode());
        assertEquals("POST", header(get("/web/logout", null), "Allow"));
    }

    @Test
    void aPageAnswersItsOwn404AndAFailingPageIs500WithoutItsDetails() {
        String cookie = signIn("/web/site/whoami");

        HttpResponse<String> missing = get("/web/site/missing", cookie);
        HttpResponse<String> broken = get("/web/site/broken", cookie);

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("no such thing"));
        assertEquals(500, broken.statusCode());
        assertTrue(broken.body().contains("Something went wrong"));
        assertFalse(broken.body().contains("details"), broken.body());
        assertSecurityHeaders(broken);
    }

    @Test
    void pagesAnswerGetOnly() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/web/site/whoami"))
                .POST(HttpRequest.BodyPublishers.ofString("x")));

        assertEquals(405, response.statusCode());
        assertEquals("GET", header(response, "Allow"));
    }

    @Test
    void neitherTheTokenNorTheKeyAppearsInAnyResponseExceptTheCookieItself() {
        String link = links.mint(USER, TEAM, "/web/site/whoami");
        String token = linkToken(link);
        List<HttpResponse<String>> responses = new ArrayList<>();
        HttpResponse<String> login = get(pathOf(link), null);
        responses.add(login);
        String cookie = cookieValue(header(login, "Set-Cookie"));
        responses.add(get("/web/site/whoami", cookie));
        responses.add(get("/web/site/whoami", "A" + cookie.substring(1)));
        responses.add(get("/web/login?t=" + token.substring(0, token.length() - 2) + "AA", null));
        responses.add(get(pathOf(links.mint(USER, "T0ELSEWHERE", "/web/site/whoami")), null));

        for (HttpResponse<String> response : responses) {
            assertFalse(response.body().contains(token) || response.body().contains(cookie)
                    || response.body().contains(KEY), response.uri().getPath());
            response.headers().map().forEach((name, values) -> {
                for (String value : values) {
                    assertFalse(value.contains(KEY), name);
                    if (!name.equalsIgnoreCase("Set-Cookie")) {
                        assertFalse(value.contains(token) || value.contains(cookie), name);
                    }
                }
            });
        }
    }

    @Test
    void webRequestsAreCountedByRouteAndOutcome() {
        String signedIn = "outcome=\"signed_in\",route=\"/web/login\"";
        String page = "outcome=\"page\",route=\"/web/site/whoami\"";
        double signedInBefore = gateway.metric("gateway_requests_total", signedIn);
        double pageBefore = gateway.metric("gateway_requests_total", page);

        get("/web/site/whoami", signIn("/web/site/whoami"));

        assertEquals(signedInBefore + 1, gateway.metric("gateway_requests_total", signedIn));
        assertEquals(pageBefore + 1, gateway.metric("gateway_requests_total", page));
    }

    /** Follows a fresh link and returns the session cookie's value. */
    private String signIn(String target) {
        HttpResponse<String> login = get(pathOf(links.mint(USER, TEAM, target)), null);
        assertEquals(303, login.statusCode());
        return cookieValue(header(login, "Set-Cookie"));
    }

    private HttpResponse<String> get(String pathAndQuery, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", "text/html").GET();
        if (cookie != null) {
            request.header("Cookie", COOKIE + "=" + cookie);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String pathAndQuery) {
        return URI.create(gateway.base() + pathAndQuery);
    }

    /** The link's path and query: the links name the public URL, the test talks to the local port. */
    private static String pathOf(String link) {
        return link.substring("https://bot.example.test".length());
    }

    private static String linkToken(String link) {
        return link.substring(link.indexOf("?t=") + 3);
    }

    private static String cookieValue(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name));
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        assertTrue(header(response, "Content-Security-Policy").startsWith("default-src 'self'"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals("no-referrer", header(response, "Referrer-Policy"));
        assertEquals("no-store", header(response, "Cache-Control"));
    }
}
