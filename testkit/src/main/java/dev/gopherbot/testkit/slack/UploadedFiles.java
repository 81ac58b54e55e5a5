package dev.gopherbot.testkit.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Slack's current file upload flow ({@code files.upload} is retired): {@code files.getUploadURLExternal} issues a file
 * id and an upload URL, the bytes are POSTed to that URL (as the raw body, or a multipart form's {@code file} part),
 * and {@code files.completeUploadExternal} shares the file. A shared file is served at its {@code url_private}
 * ({@code /files-up/<id>/<name>}) to any bot token, as Slack serves it. Mount {@link #handle(Context)} on
 * {@code POST /upload/{id}}. Tests read what was shared with {@link #shared()}.
 */
public final class UploadedFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One file.
     *
     * @param declaredLength the {@code length} given to {@code files.getUploadURLExternal}
     * @param content        the bytes POSTed to the upload URL, or null before that
     * @param channel        where {@code files.completeUploadExternal} shared it, or null before that (or when it
     *                       was completed without a channel, which leaves the file private)
     * @param app            the app whose bot uploaded it: another app cannot complete it
     */
    public record Upload(String id, String filename, long declaredLength, byte[] content, String title,
                         String channel, String comment, boolean completed, String app) {
        Upload withContent(byte[] bytes) {
            return new Upload(id, filename, declaredLength, bytes, title, channel, comment, completed, app);
        }

        Upload completed(String fileTitle, String inChannel, String initialComment) {
            return new Upload(id, filename, declaredLength, content, fileTitle, inChannel, initialComment, true, app);
        }

        /** The media type Slack would report, guessed from the name. */
        public String mimetype() {
            String lower = filename.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xlsx")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            if (lower.endsWith(".csv")) {
                return "text/csv";
            }
            String guessed = URLConnection.guessContentTypeFromName(filename);
            return guessed == null ? "application/octet-stream" : guessed;
        }

        /** Slack's {@code filetype}: the extension, e.g. {@code xlsx}. */
        public String filetype() {
            int dot = filename.lastIndexOf('.');
            return dot < 0 ? "binary" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        }
    }

    private final Map<String, Upload> files = new ConcurrentHashMap<>();
    private final List<String> sharedIds = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(5000);

    /** Starts an upload for {@code app}'s bot; returns the file id (its upload URL is {@code <base>/upload/<id>}). */
    String issue(String filename, long length, String app) {
        String id = "F0UP" + ids.incrementAndGet();
        files.put(id, new Upload(id, filename, length, null, null, null, null, false, app));
        return id;
    }

    public Optional<Upload> file(String id) {
        return Optional.ofNullable(files.get(id));
    }

    /**
     * Completes an upload of {@code app}: the bytes must have arrived, in the declared length, and only once per
     * file; another app's file is as good as missing.
     */
    Optional<String> complete(String id, String title, String channel, String comment, String app) {
        Upload upload = files.get(id);
        if (upload == null || upload.completed() || !upload.app().equals(app)) {
            return Optional.of("file_not_found");
        }
        if (upload.content() == null || upload.content().length != upload.declaredLength()) {
            return Optional.of("file_upload_size_mismatch");
        }
        files.put(id, upload.completed(title == null ? upload.filename() : title, channel, comment));
        sharedIds.add(id);
        return Optional.empty();
    }

    /** Every completed upload, in the order completed. */
    public List<Upload> shared() {
        return sharedIds.stream().map(files::get).toList();
    }

    /** The file object Slack returns and puts in the sharing message's {@code files}. */
    ObjectNode json(Upload f, String base) {
        String url = base + "/files-up/" + f.id() + "/" + f.filename();
        return JSON.createObjectNode().put("id", f.id()).put("name", f.filename()).put("title", f.title())
                .put("mimetype", f.mimetype()).put("filetype", f.filetype())
                .put("size", f.content() == null ? 0 : f.content().length).put("mode", "hosted")
                .put("url_private", url).put("url_private_download", url);
    }

    public void handle(Context ctx) {
        String id = ctx.pathParam("id");
        Upload upload = files.get(id);
        if (upload == null || upload.completed()) {
            ctx.status(404).result("not_found");
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
        files.put(id, upload.withContent(bytes));
        ctx.status(200).contentType("text/plain").result("OK - " + bytes.length);
    }

    /** {@code GET /files-up/{id}/{name}}: a shared file, to a bot token; others go to the sign-in page. */
    void serve(Context ctx, Predicate<String> knownToken) {
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !knownToken.test(auth.substring(7).trim())) {
            ctx.redirect("/signin");
            return;
        }
        Optional<Upload> file = shared(ctx.pathParam("id"), ctx.pathParam("name"));
        if (file.isEmpty()) {
            ctx.status(404).result("file_not_found");
            return;
        }
        send(ctx, file.get());
    }

    /** A shared file by id and name. */
    public Optional<Upload> shared(String id, String name) {
        return file(id).filter(Upload::completed).filter(f -> f.filename().equals(name));
    }

    /** Sends a file's bytes with its type; the name travels in {@code Content-Disposition}. */
    public static void send(Context ctx, Upload f) {
        String type = f.mimetype().startsWith("text/") ? f.mimetype() + "; charset=utf-8" : f.mimetype();
        ctx.header("Content-Disposition", "attachment; filename=\"" + f.filename().replace("\"", "") + "\"")
                .contentType(type).result(f.content());
    }
}
