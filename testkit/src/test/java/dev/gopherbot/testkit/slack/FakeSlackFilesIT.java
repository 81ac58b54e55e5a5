package dev.gopherbot.testkit.slack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Slack's external upload flow on the fake, driven by the real Slack SDK's {@code filesUploadV2} over HTTP. */
class FakeSlackFilesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] REPORT = {'P', 'K', 3, 4, 0, (byte) 0xff, 10, 13, 'x'}; // binary, not UTF-8

    private final FakeSlack slack = FakeSlack.start();
    private final MethodsClient bot = client(FakeSlack.BOT_TOKEN);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void anUploadedFileKeepsItsBytesAndIsSharedInTheChannelAsAMessageOfTheBot() throws Exception {
        FilesUploadV2Response upload = bot.filesUploadV2(r -> r.channel("C0GENERAL").initialComment("March report")
                .uploadFiles(List.of(FilesUploadV2Request.UploadFile.builder().filename("report-2025-03.xlsx")
                        .title("Hours, March").fileData(REPORT).build())));

        assertTrue(upload.isOk(), () -> String.valueOf(upload.getError()));
        HostedFiles.File file = slack.uploads().getFirst();
        assertArrayEquals(REPORT, file.content(), "the bytes as sent, for the test to read back");
        assertEquals("report-2025-03.xlsx", file.name());
        assertEquals("Hours, March", file.title());
        assertEquals("gopherbot", file.uploadedBy());
        assertEquals(List.of("files.getUploadURLExternal", "files.completeUploadExternal"),
                slack.calls().stream().map(Call::method).toList(), "two Web API calls around the upload");
        Workspace.Message shared = slack.workspace().messages("C0GENERAL").getLast();
        assertEquals(FakeSlack.BOT_USER_ID, shared.user);
        assertEquals("March report", shared.text);
        JsonNode files = JSON.readTree(shared.files);
        assertEquals(file.id(), files.get(0).path("id").asText());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                files.get(0).path("mimetype").asText());
    }

    @Test
    void theFileIsDownloadedWithABotTokenAndOthersAreSentToSignIn() throws Exception {
        bot.filesUploadV2(r -> r.channel("C0GENERAL").content("a,b\n1,2\n").filename("hours.csv"));
        String url = JSON.readTree(slack.workspace().messages("C0GENERAL").getLast().files).get(0)
                .path("url_private").asText();

        HttpResponse<byte[]> withToken = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + FakeSlack.BOT_TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, withToken.statusCode());
        assertEquals("a,b\n1,2\n", new String(withToken.body()));
        assertTrue(anonymous.uri().getPath().equals("/signin") || anonymous.statusCode() == 302,
                "no token, no file");
        assertFalse(anonymous.body().contains("1,2"));
    }

    @Test
    void completingAnUploadWhoseBytesNeverArrivedIsRefused() throws Exception {
        FilesGetUploadURLExternalResponse url = bot.filesGetUploadURLExternal(r -> r.filename("late.txt").length(4));

        var complete = bot.filesCompleteUploadExternal(r -> r.channelId("C0GENERAL").files(List.of(
                com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails.builder()
                        .id(url.getFileId()).build())));

        assertFalse(complete.isOk());
        assertEquals("file_upload_not_completed", complete.getError());
        assertTrue(slack.uploads().isEmpty());
        assertTrue(slack.workspace().messages("C0GENERAL").isEmpty(), "nothing was shared");
    }

    @Test
    void anotherAppsFileCannotBeCompletedAndAMissingFilenameIsInvalid() throws Exception {
        FakeSlack two = FakeSlack.start(Workspace.seeded(), List.of(FakeSlack.BOT,
                SlackBot.forApp("ossi", "xoxb-ossi")), 0);
        try {
            MethodsClient gopher = client(two, FakeSlack.BOT_TOKEN);
            MethodsClient ossi = client(two, "xoxb-ossi");
            FilesGetUploadURLExternalResponse url = gopher.filesGetUploadURLExternal(r -> r.filename("a.txt")
                    .length(1));
            http.send(HttpRequest.newBuilder(URI.create(url.getUploadUrl()))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());

            var stolen = ossi.filesCompleteUploadExternal(r -> r.files(List.of(
                    com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails.builder()
                            .id(url.getFileId()).build())));
            var nameless = ossi.filesGetUploadURLExternal(r -> r.length(3));

            assertEquals("file_not_found", stolen.getError());
            assertEquals("invalid_arguments", nameless.getError());
        } finally {
            two.close();
        }
    }

    private MethodsClient client(String token) {
        return client(slack, token);
    }

    private static MethodsClient client(FakeSlack fake, String token) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        config.setStatsEnabled(false);
        return Slack.getInstance(config).methods(token);
    }
}
