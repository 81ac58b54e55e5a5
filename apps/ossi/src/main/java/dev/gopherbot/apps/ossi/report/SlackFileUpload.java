package dev.gopherbot.apps.ossi.report;

import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import dev.gopherbot.common.slack.SlackCallFailed;
import dev.gopherbot.common.slack.SlackCalls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Shares a file in a channel the way Slack takes files now ({@code files.upload} is retired): ask for an upload URL
 * ({@code files.getUploadURLExternal}), send the bytes there, then complete the upload into the channel
 * ({@code files.completeUploadExternal}). Only the last step shows anything to anyone, so a failure before it
 * repeats nothing visible when retried.
 */
public final class SlackFileUpload {
    static final String UPLOAD_URL = "upload_url";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Supplier<SlackCalls> slack;
    private final Supplier<HttpClient> http;

    public SlackFileUpload(Supplier<SlackCalls> slack, Supplier<HttpClient> http) {
        this.slack = slack;
        this.http = http;
    }

    /** Uploads {@code content} and shares it in {@code channel} with {@code comment}; returns the file's id. */
    public String share(String channel, String filename, String title, String comment, byte[] content) {
        FilesGetUploadURLExternalResponse target = slack.get().call("files.getUploadURLExternal",
                m -> m.filesGetUploadURLExternal(r -> r.filename(filename).length(content.length)));
        send(target.getUploadUrl(), content);
        slack.get().call("files.completeUploadExternal", m -> m.filesCompleteUploadExternal(r -> r
                .files(List.of(FileDetails.builder().id(target.getFileId()).title(title).build()))
                .channelId(channel).initialComment(comment)));
        return target.getFileId();
    }

    private void send(String uploadUrl, byte[] content) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uploadUrl)).timeout(TIMEOUT)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        HttpResponse<Void> answer;
        try {
            answer = http.get().send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new SlackCallFailed(SlackCallFailed.Kind.TRANSIENT, UPLOAD_URL, "io: " + e.getMessage(),
                    Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallFailed(SlackCallFailed.Kind.TRANSIENT, UPLOAD_URL, "interrupted", Duration.ZERO);
        }
        if (answer.statusCode() != 200) {
            // the URL is single-use and short-lived, so any refusal is worth a fresh attempt from step one
            throw new SlackCallFailed(SlackCallFailed.Kind.TRANSIENT, UPLOAD_URL, "http " + answer.statusCode(),
                    Duration.ZERO);
        }
    }
}
