package dev.gopherbot.testkit.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Files in the workspace: those a test hosts as if a person uploaded them, and those a bot uploads with Slack's
 * external upload flow ({@code files.getUploadURLExternal}, a POST of the bytes to the returned {@code upload_url},
 * {@code files.completeUploadExternal}). Each is served at its {@code url_private} as Slack does: only to a request
 * with a bot token in {@code Authorization: Bearer …}; anyone else is redirected to a sign-in page (HTML, status 200),
 * which is what a bot without access gets from the real Slack too.
 */
public final class HostedFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Slack's limit for one file. */
    public static final long MAX_BYTES = 1L << 30;

    /**
     * One file.
     *
     * @param uploadedBy the app whose bot uploaded it, or null for a file a test hosted
     * @param length     the length announced to {@code files.getUploadURLExternal}
     * @param content    the bytes, null until uploaded
     * @param completed  whether {@code files.completeUploadExternal} shared it
     */
    public record File(String id, String name, String title, String uploadedBy, long length, byte[] content,
                       boolean completed) {
        public String mimetype() {
            if (uploadedBy == null) {
                return "text/plain"; // what a test hosts is text: a snippet someone shared
            }
            String guessed = URLConnection.guessContentTypeFromName(name);
            if (guessed != null) {
                return guessed;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xlsx")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            if (lower.endsWith(".csv")) {
                return "text/csv";
            }
            return "application/octet-stream";
        }

        public String filetype() {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "binary" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        }

        public String text() {
            return content == null ? "" : new String(content, StandardCharsets.UTF_8);
        }

        File with(byte[] bytes) {
            return new File(id, name, title, uploadedBy, length, bytes, completed);
        }

        File completed(String newTitle) {
            return new File(id, name, newTitle, uploadedBy, length, content, true);
        }
    }

    private final Predicate<String> knownToken;
    private final Map<String, File> files = new ConcurrentHashMap<>();
    private final List<String> downloads = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(1000);

    HostedFiles(Predicate<String> knownToken) {
        this.knownToken = knownToken;
    }

    /** Stores a file; returns its id (its URL is {@code <base>/files-pri/<id>/<name>}). */
    String add(String name, String content) {
        String id = newId();
        files.put(id, new File(id, name, name, null, content.length(), content.getBytes(StandardCharsets.UTF_8),
                true));
        return id;
    }

    public Optional<File> file(String id) {
        return Optional.ofNullable(files.get(id));
    }

    /** Every file bots uploaded and shared, in upload order. */
    public List<File> uploads() {
        return files.values().stream().filter(f -> f.uploadedBy() != null && f.completed())
                .sorted(java.util.Comparator.comparing(File::id)).toList();
    }

    /** Ids of the files downloaded with a bot token, in order. */
    List<String> downloads() {
        return List.copyOf(downloads);
    }

    // --- the Web API methods ---

    ObjectNode getUploadUrl(Map<String, String> p, SlackBot bot, String base) {
        String name = p.get("filename");
        long length;
        try {
            length = Long.parseLong(p.getOrDefault("length", ""));
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (name == null || name.isBlank() || length < 0) {
            return SlackWebApi.error("invalid_arguments");
        }
        if (length > MAX_BYTES) {
            return SlackWebApi.error("file_too_large");
        }
        String id = newId();
        files.put(id, new File(id, name, name, bot.app(), length, null, false));
        return SlackWebApi.ok().put("upload_url", base + "/upload/" + id).put("file_id", id);
    }

    /**
     * Shares uploaded files: {@code files} is Slack's JSON array of {@code {"id","title"}}. Returns the file objects
     * for the answer and, through {@code share}, for the message that shows them.
     */
    ObjectNode complete(Map<String, String> p, SlackBot bot, String base, ArrayNode shared) {
        ArrayNode wanted;
        try {
            wanted = (ArrayNode) JSON.readTree(p.getOrDefault("files", ""));
        } catch (Exception e) {
            return SlackWebApi.error("invalid_arguments");
        }
        if (wanted == null || wanted.isEmpty()) {
            return SlackWebApi.error("invalid_arguments");
        }
        for (var w : wanted) {
            File f = files.get(w.path("id").asText(""));
            if (f == null || !bot.app().equals(f.uploadedBy())) {
                return SlackWebApi.error("file_not_found");
            }
            if (f.content() == null) {
                // the bytes never arrived at the upload URL
                return SlackWebApi.error("file_upload_not_completed");
            }
        }
        ObjectNode res = SlackWebApi.ok();
        ArrayNode out = res.putArray("files");
        for (var w : wanted) {
            File f = files.computeIfPresent(w.path("id").asText(), (k, old) -> old.completed(
                    w.path("title").asText(old.name())));
            ObjectNode json = json(f, base);
            out.add(json);
            shared.add(json.deepCopy());
        }
        return res;
    }

    ObjectNode json(File f, String base) {
        return JSON.createObjectNode().put("id", f.id()).put("name", f.name()).put("title", f.title())
                .put("mimetype", f.mimetype()).put("filetype", f.filetype()).put("size", f.content() == null ? 0
                        : f.content().length).put("mode", "hosted")
                .put("url_private", base + "/files-pri/" + f.id() + "/" + f.name())
                .put("url_private_download", base + "/files-pri/" + f.id() + "/download/" + f.name())
                .put("permalink", base + "/files/" + f.id() + "/" + f.name());
    }

    // --- HTTP ---

    /** {@code POST /upload/{id}}: the bytes, as the raw body or a multipart form's {@code file} part. */
    void receive(Context ctx) {
        String id = ctx.pathParam("id");
        File f = files.get(id);
        if (f == null || f.completed()) {
            ctx.status(404).result("file_not_found");
            return;
        }
        byte[] bytes;
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("multipart/form-data")) {
            UploadedFile part = ctx.uploadedFile("file");
            if (part == null) {
                ctx.status(400).result("no file part");
                return;
            }
            try (InputStream in = part.content()) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            bytes = ctx.bodyAsBytes();
        }
        files.put(id, f.with(bytes));
        ctx.status(200).contentType("text/plain").result("OK - " + bytes.length);
    }

    void serve(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !knownToken.test(auth.substring(7).trim())) {
            ctx.redirect("/signin");
            return;
        }
        Optional<File> file = file(ctx.pathParam("id")).filter(f -> f.content() != null)
                .filter(f -> f.name().equals(ctx.pathParam("name")));
        if (file.isEmpty()) {
            ctx.status(404).result("file_not_found");
            return;
        }
        downloads.add(ctx.pathParam("id"));
        send(ctx, file.get());
    }

    /** Sends a file's bytes with its type; the name travels in {@code Content-Disposition}. */
    public static void send(Context ctx, File f) {
        String type = f.mimetype().startsWith("text/") ? f.mimetype() + "; charset=utf-8" : f.mimetype();
        ctx.header("Content-Disposition", "attachment; filename=\"" + f.name().replace("\"", "") + "\"")
                .contentType(type).result(f.content());
    }

    void signIn(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result("<!DOCTYPE html><html><body>Sign in to Slack</body></html>");
    }

    private String newId() {
        return "F0" + ids.incrementAndGet();
    }
}
