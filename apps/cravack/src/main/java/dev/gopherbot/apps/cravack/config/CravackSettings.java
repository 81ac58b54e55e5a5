package dev.gopherbot.apps.cravack.config;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Secret;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cravack's settings. Every process reads them (the gateway verifies webhooks and OAuth states, the consumer calls
 * Strava and Slack), and Heroku gives all processes the same config vars. Secrets are {@link Secret}s: problems name
 * the variable, never its value.
 *
 * @param clientId     {@code CRAVACK_STRAVA_CLIENT_ID}: the Strava application's client id
 * @param clientSecret {@code CRAVACK_STRAVA_CLIENT_SECRET}
 * @param verifyToken  {@code CRAVACK_VERIFY_TOKEN}: what Strava must echo when it validates the webhook subscription
 * @param channel      {@code CRAVACK_CHANNEL}: the id of the channel activities are posted to (and whose joiners are
 *                     invited to connect)
 * @param tokenKey     {@code CRAVACK_TOKEN_KEY}: 32 bytes, base64; encrypts tokens at rest and signs OAuth states
 * @param units        {@code CRAVACK_UNITS}: {@code metric} (default) or {@code imperial}
 * @param publicUrl    {@code PUBLIC_URL}: the site's base URL, for the OAuth redirect and the webhook's callback URL
 * @param apiUrl       {@code STRAVA_API_URL}: Strava's API base, ending in {@code /}
 * @param oauthUrl     {@code STRAVA_OAUTH_URL}: Strava's OAuth base, ending in {@code /}
 */
public record CravackSettings(String clientId, Secret clientSecret, Secret verifyToken, String channel,
                              byte[] tokenKey, Units units, URI publicUrl, URI apiUrl, URI oauthUrl) {
    public static final String APP = "cravack";
    /** {@code /hooks/cravack/oauth}: Strava's OAuth redirect. */
    public static final String OAUTH_HOOK = "oauth";
    /** {@code /hooks/cravack/strava}: Strava's push subscription. */
    public static final String STRAVA_HOOK = "strava";
    public static final String CLIENT_ID = "CRAVACK_STRAVA_CLIENT_ID";
    public static final String CLIENT_SECRET = "CRAVACK_STRAVA_CLIENT_SECRET";
    public static final String VERIFY_TOKEN = "CRAVACK_VERIFY_TOKEN";
    public static final String CHANNEL = "CRAVACK_CHANNEL";
    public static final String TOKEN_KEY = "CRAVACK_TOKEN_KEY";
    public static final String UNITS = "CRAVACK_UNITS";
    public static final String PUBLIC_URL = "PUBLIC_URL";
    public static final String API_URL = "STRAVA_API_URL";
    public static final String OAUTH_URL = "STRAVA_OAUTH_URL";
    public static final String DEFAULT_API_URL = "https://www.strava.com/api/v3/";
    public static final String DEFAULT_OAUTH_URL = "https://www.strava.com/oauth/";

    private static final Pattern CLIENT_ID_FORMAT = Pattern.compile("[0-9]{1,12}");
    private static final Pattern CHANNEL_ID = Pattern.compile("[CG][A-Z0-9]{2,20}");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final int KEY_BYTES = 32;

    /** Reads every setting; each problem is recorded in {@code env}, for one report at start. */
    public static CravackSettings from(Env env) {
        String clientId = env.string(CLIENT_ID, "");
        if (!CLIENT_ID_FORMAT.matcher(clientId).matches()) {
            env.problem(clientId.isEmpty() ? CLIENT_ID + " is required but not set (your Strava application's"
                    + " client id, at https://www.strava.com/settings/api)" : CLIENT_ID + " is invalid: expected"
                    + " the numeric client id of your Strava application");
        }
        Secret clientSecret = env.secret(CLIENT_SECRET);
        Secret verifyToken = env.secret(VERIFY_TOKEN);
        String channel = env.string(CHANNEL, "");
        if (!CHANNEL_ID.matcher(channel).matches()) {
            env.problem(channel.isEmpty() ? CHANNEL + " is required but not set (the id of the channel activities"
                    + " are posted to, e.g. C0123ABCD)" : CHANNEL + " is invalid: expected a channel id such as"
                    + " C0123ABCD (in Slack: the channel's details, at the bottom), not its name");
        }
        return new CravackSettings(clientId, clientSecret, verifyToken, channel, tokenKey(env),
                env.choice(UNITS, Units.METRIC), publicUrl(env), base(env, API_URL, DEFAULT_API_URL),
                base(env, OAUTH_URL, DEFAULT_OAUTH_URL));
    }

    /** Where Strava sends the browser back after the athlete approved: the gateway's OAuth webhook. */
    public URI redirectUri() {
        return URI.create(publicUrl + "/hooks/" + APP + "/" + OAUTH_HOOK);
    }

    /** Where Strava pushes events: the gateway's Strava webhook. */
    public URI callbackUrl() {
        return URI.create(publicUrl + "/hooks/" + APP + "/" + STRAVA_HOOK);
    }

    private static byte[] tokenKey(Env env) {
        String raw = env.raw(TOKEN_KEY);
        String howTo = " (32 random bytes in base64: `openssl rand -base64 32`)";
        if (raw == null) {
            env.problem(TOKEN_KEY + " is required but not set" + howTo);
            return new byte[KEY_BYTES];
        }
        try {
            byte[] key = Base64.getDecoder().decode(raw);
            if (key.length == KEY_BYTES) {
                return key;
            }
        } catch (IllegalArgumentException e) {
            // reported below, without the value
        }
        env.problem(TOKEN_KEY + " is invalid: expected exactly 32 bytes in base64" + howTo);
        return new byte[KEY_BYTES];
    }

    private static URI publicUrl(Env env) {
        String raw = env.raw(PUBLIC_URL);
        if (raw == null) {
            env.problem(PUBLIC_URL + " is required but not set (the site's base URL, e.g."
                    + " https://myapp.herokuapp.com: Strava sends browsers and events there)");
            return URI.create("https://unset.invalid");
        }
        String trimmed = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        try {
            URI url = new URI(trimmed);
            boolean https = "https".equals(url.getScheme());
            boolean localHttp = "http".equals(url.getScheme()) && LOCAL_HOSTS.contains(url.getHost());
            if ((https || localHttp) && url.getHost() != null && url.getRawPath().isEmpty()
                    && url.getRawQuery() == null && url.getRawUserInfo() == null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        env.problem(PUBLIC_URL + " is invalid: expected the site's base URL without a path, such as"
                + " https://myapp.herokuapp.com (http:// only for localhost)");
        return URI.create("https://unset.invalid");
    }

    private static URI base(Env env, String name, String defaultValue) {
        URI url = env.url(name, defaultValue);
        return url.toString().endsWith("/") ? url : URI.create(url + "/");
    }

    @Override
    public String toString() {
        // the key is raw bytes, not a Secret: keep it out of any accidental log line
        return "CravackSettings[clientId=" + clientId + ", channel=" + channel + ", units=" + units + ", publicUrl="
                + publicUrl + ", apiUrl=" + apiUrl + ", oauthUrl=" + oauthUrl + "]";
    }
}
