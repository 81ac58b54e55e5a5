package dev.gopherbot.testkit.slack;

import io.javalin.Javalin;
import java.time.Instant;
import java.util.List;

/**
 * A fake Slack Web API over real HTTP on a free local port. Point the bot at {@link #apiUrl()} with
 * {@code SLACK_API_URL} and {@link #BOT_TOKEN} as {@code SLACK_BOT_TOKEN}; read what it received with
 * {@link #calls(String)}; script failures with {@link #failNext(String, Failure)}. Interactivity: {@link #trigger()}
 * issues trigger ids that expire like Slack's, {@link #responseUrl(String)} hands out {@code response_url}s whose
 * posts {@link #responses()} returns. Files bots upload are kept, bytes and all ({@link #sharedFiles()}). Several
 * apps can share one fake, each with its own bot ({@link #start(Workspace, List, int)}): a call is answered as the bot whose
 * token it carries.
 */
public final class FakeSlack implements AutoCloseable {
    public static final String BOT_TOKEN = "xoxb-fake-bot-token";
    public static final String BOT_USER_ID = "U0GOPHERBOT";
    /** The bot of {@link #start()}: the example app's, with the ids above and {@link #BOT_TOKEN}. */
    public static final SlackBot BOT = new SlackBot("gopherbot", BOT_USER_ID, "B0GOPHER", SlackPayloads.APP_ID,
            BOT_TOKEN);

    private final Javalin server;
    private final SlackWebApi api;

    private FakeSlack(Javalin server, SlackWebApi api) {
        this.server = server;
        this.api = api;
    }

    public static FakeSlack start() {
        return start(Workspace.seeded(), BOT_TOKEN, 0);
    }

    public static FakeSlack start(Workspace workspace, String botToken, int port) {
        return start(new SlackWebApi(workspace, botToken), port);
    }

    /**
     * A fake for several apps, each with its own bot and token ({@link SlackBot#forApp}); the bots join
     * {@code workspace} (use {@link Workspace#seeded(List)} to make them members of its channels).
     */
    public static FakeSlack start(Workspace workspace, List<SlackBot> bots, int port) {
        return start(new SlackWebApi(workspace, bots), port);
    }

    private static FakeSlack start(SlackWebApi api, int port) {
        Javalin server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.concurrency.useVirtualThreads = true;
            api.routes(cfg.routes);
        }).start("127.0.0.1", port);
        return new FakeSlack(server, api);
    }

    /** The Web API base URL, ending in {@code /}, as {@code SLACK_API_URL} expects. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/";
    }

    public Workspace workspace() {
        return api.workspace();
    }

    public SlackWebApi api() {
        return api;
    }

    public List<Call> calls() {
        return api.calls();
    }

    /** Calls of one method that Slack answered with {@code ok:true}. */
    public List<Call> calls(String method) {
        return api.calls().stream().filter(c -> c.method().equals(method) && c.succeeded()).toList();
    }

    /**
     * Makes a file available for download as an upload would (put its URL in the message's {@code files}, e.g. with
     * {@link SlackPayloads.Message#file}); returns its {@code url_private}, which needs the bot token.
     */
    public String hostFile(String name, String content) {
        String id = api.files().add(name, content);
        return "http://127.0.0.1:" + server.port() + "/files-pri/" + id + "/" + name;
    }

    /** How many hosted files were downloaded with the bot token. */
    public int fileDownloads() {
        return api.files().downloads().size();
    }

    /** Files shared through {@code files.completeUploadExternal}, in order, with the bytes that were uploaded. */
    public List<UploadedFiles.Upload> sharedFiles() {
        return api.uploads().shared();
    }

    /** A view as {@code views.open/push/update} left it (with Slack's ids, {@code state} and {@code hash}). */
    public java.util.Optional<Views.View> view(String viewId) {
        return api.views().view(viewId);
    }

    public void failNext(String method, Failure failure) {
        api.failNext(method, failure);
    }

    /** A {@code response_url} on this fake; what is posted to it is read with {@link #responses(String)}. */
    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.port() + "/responses/" + id;
    }

    /**
     * A {@code response_url} whose answers also show in the workspace (an ephemeral message for {@code target}'s
     * user, a message in the channel, a replaced or deleted original), as Slack shows them.
     */
    public String responseUrl(String id, ResponseUrls.Target target) {
        api.responseUrls().register(id, target);
        return responseUrl(id);
    }

    /** The next post to {@link #responseUrl(String) responseUrl(id)} fails this way (an HTTP status, Retry-After). */
    public void failNextResponse(String id, Failure failure) {
        api.responseUrls().failNext(id, failure);
    }

    /** Every message posted to any response URL of this fake, in order. */
    public List<ResponseUrls.Response> responses() {
        return api.responseUrls().all();
    }

    public List<ResponseUrls.Response> responses(String id) {
        return api.responseUrls().to(id);
    }

    /** A fresh {@code trigger_id}: {@code views.open} accepts it for {@link SlackWebApi#TRIGGER_LIFETIME}. */
    public String trigger() {
        return api.issueTrigger(Instant.now());
    }

    /** A fresh {@code trigger_id} of {@code user}: the modal {@code views.open} opens with it is theirs. */
    public String trigger(String user) {
        return api.views().issueTrigger(Instant.now(), user);
    }

    /** A {@code trigger_id} issued longer ago than Slack allows: {@code views.open} answers expired_trigger_id. */
    public String expiredTrigger() {
        return api.issueTrigger(Instant.now().minus(SlackWebApi.TRIGGER_LIFETIME).minusSeconds(1));
    }

    @Override
    public void close() {
        server.stop();
    }
}
