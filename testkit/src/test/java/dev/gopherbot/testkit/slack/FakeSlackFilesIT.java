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
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.conversations.ConversationsMembersResponse;
import com.slack.api.methods.response.files.FilesCompleteUploadExternalResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Channel members and Slack's current upload flow, as the real SDK calls them, for one app and for two. */
class FakeSlackFilesIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeSlack slack;
    private static MethodsClient bot;

    @BeforeAll
    static void start() {
        slack = FakeSlack.start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        bot = Slack.getInstance(config).methods(FakeSlack.BOT_TOKEN);
    }

    @AfterAll
    static void stop() {
        slack.close();
    }

    @Test
    void conversationsMembersPagesThroughTheChannelsMembers() throws Exception {
        List<String> members = new ArrayList<>();
        String cursor = null;
        do {
            String c = cursor;
            ConversationsMembersResponse page = bot.conversationsMembers(r -> r.channel("C0MODS").limit(2).cursor(c));
            assertTrue(page.isOk(), page.getError());
            members.addAll(page.getMembers());
            cursor = page.getResponseMetadata().getNextCursor();
        } while (cursor != null && !cursor.isEmpty());

        assertEquals(slack.workspace().members("C0MODS"), members);
        assertEquals("channel_not_found", bot.conversationsMembers(r -> r.channel("C0NOPE")).getError());
    }

    @Test
    void aFileUploadedToItsUrlAndCompletedIsSharedInTheChannelWithItsBytes() throws Exception {
        byte[] content = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        FilesGetUploadURLExternalResponse target = bot.filesGetUploadURLExternal(r -> r.filename("report.csv")
                .length(content.length));
        assertTrue(target.isOk(), target.getError());

        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(target.getUploadUrl()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode());
        FilesCompleteUploadExternalResponse done = bot.filesCompleteUploadExternal(r -> r.channelId("C0GENERAL")
                .initialComment("the numbers")
                .files(List.of(FileDetails.builder().id(target.getFileId()).title("Numbers").build())));

        assertTrue(done.isOk(), done.getError());
        UploadedFiles.Upload shared = slack.sharedFiles().getLast();
        assertEquals(target.getFileId(), shared.id());
        assertEquals("report.csv", shared.filename());
        assertEquals("Numbers", shared.title());
        assertEquals("C0GENERAL", shared.channel());
        assertArrayEquals(content, shared.content());
        Workspace.Message message = slack.workspace().messages("C0GENERAL").getLast();
        assertEquals("the numbers", message.text);
        assertTrue(message.files.contains(target.getFileId()));
    }

    @Test
    void completingAnUploadWhoseBytesNeverArrivedIsRefusedAndSharesNothing() throws Exception {
        FilesGetUploadURLExternalResponse target = bot.filesGetUploadURLExternal(r -> r.filename("x.bin").length(3));
        int before = slack.sharedFiles().size();

        FilesCompleteUploadExternalResponse done = bot.filesCompleteUploadExternal(r -> r.channelId("C0GENERAL")
                .files(List.of(FileDetails.builder().id(target.getFileId()).build())));

        assertFalse(done.isOk());
        assertEquals("file_upload_size_mismatch", done.getError());
        assertEquals(before, slack.sharedFiles().size());
    }

    @Test
    void theSdksFilesUploadV2SharesBinaryBytesAsAMessageOfTheBotWithTheFilesType() throws Exception {
        byte[] report = {'P', 'K', 3, 4, 0, (byte) 0xff, 10, 13, 'x'}; // binary, not UTF-8
        FilesUploadV2Response upload = bot.filesUploadV2(r -> r.channel("C0RANDOM").initialComment("March report")
                .uploadFiles(List.of(FilesUploadV2Request.UploadFile.builder().filename("report-2025-03.xlsx")
                        .title("Hours, March").fileData(report).build())));

        assertTrue(upload.isOk(), () -> String.valueOf(upload.getError()));
        UploadedFiles.Upload file = slack.sharedFiles().getLast();
        assertArrayEquals(report, file.content(), "the bytes as sent, for the test to read back");
        assertEquals("Hours, March", file.title());
        assertEquals("gopherbot", file.app());
        Workspace.Message shared = slack.workspace().messages("C0RANDOM").getLast();
        assertEquals(FakeSlack.BOT_USER_ID, shared.user);
        assertEquals("March report", shared.text);
        JsonNode files = JSON.readTree(shared.files);
        assertEquals(file.id(), files.get(0).path("id").asText());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                files.get(0).path("mimetype").asText());
    }

    @Test
    void aSharedFileIsDownloadedWithABotTokenAndOthersAreSentToSignIn() throws Exception {
        assertTrue(bot.filesUploadV2(r -> r.channel("C0JOBS").content("a,b\n1,2\n").filename("hours.csv")).isOk());
        String url = JSON.readTree(slack.workspace().messages("C0JOBS").getLast().files).get(0)
                .path("url_private").asText();

        HttpResponse<String> withToken = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + FakeSlack.BOT_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, withToken.statusCode());
        assertEquals("a,b\n1,2\n", withToken.body());
        assertEquals(302, anonymous.statusCode(), "no token, no file");
        assertFalse(anonymous.body().contains("1,2"));
    }

    @Test
    void anotherAppsUploadCannotBeCompletedAndAMissingFilenameIsInvalid() throws Exception {
        FakeSlack two = FakeSlack.start(Workspace.seeded(), List.of(FakeSlack.BOT,
                SlackBot.forApp("desk", "xoxb-desk")), 0);
        try {
            MethodsClient gopher = client(two, FakeSlack.BOT_TOKEN);
            MethodsClient desk = client(two, "xoxb-desk");
            FilesGetUploadURLExternalResponse url = gopher.filesGetUploadURLExternal(r -> r.filename("a.txt")
                    .length(1));
            HTTP.send(HttpRequest.newBuilder(URI.create(url.getUploadUrl()))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());

            FilesCompleteUploadExternalResponse stolen = desk.filesCompleteUploadExternal(r -> r.files(List.of(
                    FileDetails.builder().id(url.getFileId()).build())));

            assertEquals("file_not_found", stolen.getError());
            assertEquals("invalid_arguments", desk.filesGetUploadURLExternal(r -> r.length(3)).getError());
            assertTrue(two.sharedFiles().isEmpty());
        } finally {
            two.close();
        }
    }

    private static MethodsClient client(FakeSlack fake, String token) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        config.setStatsEnabled(false);
        return Slack.getInstance(config).methods(token);
    }
}
