package dev.gopherbot.testkit.slack;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slack's current file upload flow ({@code files.upload} is retired): {@code files.getUploadURLExternal} issues a file
 * id and an upload URL, the bytes are POSTed to that URL, and {@code files.completeUploadExternal} shares the file.
 * Mount {@link #handle(Context)} on {@code POST /upload/{id}}. Tests read what was shared with {@link #shared()}.
 */
public final class UploadedFiles {
    /**
     * One file.
     *
     * @param declaredLength the {@code length} given to {@code files.getUploadURLExternal}
     * @param content        the bytes POSTed to the upload URL, or null before that
     * @param channel        where {@code files.completeUploadExternal} shared it, or null before that (or when it
     *                       was completed without a channel, which leaves the file private)
     */
    public record Upload(String id, String filename, long declaredLength, byte[] content, String title,
                         String channel, String comment, boolean completed) {
        Upload withContent(byte[] bytes) {
            return new Upload(id, filename, declaredLength, bytes, title, channel, comment, completed);
        }

        Upload completed(String fileTitle, String inChannel, String initialComment) {
            return new Upload(id, filename, declaredLength, content, fileTitle, inChannel, initialComment, true);
        }
    }

    private final Map<String, Upload> files = new ConcurrentHashMap<>();
    private final List<String> sharedIds = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(5000);

    /** Starts an upload; returns the file id (its upload URL is {@code <base>/upload/<id>}). */
    String issue(String filename, long length) {
        String id = "F0UP" + ids.incrementAndGet();
        files.put(id, new Upload(id, filename, length, null, null, null, null, false));
        return id;
    }

    Optional<Upload> file(String id) {
        return Optional.ofNullable(files.get(id));
    }

    /** Completes an upload: the bytes must have arrived, in the declared length, and only once per file. */
    Optional<String> complete(String id, String title, String channel, String comment) {
        Upload upload = files.get(id);
        if (upload == null || upload.completed()) {
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

    public void handle(Context ctx) {
        String id = ctx.pathParam("id");
        Upload upload = files.get(id);
        if (upload == null || upload.completed()) {
            ctx.status(404).result("not_found");
            return;
        }
        byte[] bytes = ctx.bodyAsBytes();
        files.put(id, upload.withContent(bytes));
        ctx.status(200).contentType("text/plain").result("OK - " + bytes.length);
    }
}
