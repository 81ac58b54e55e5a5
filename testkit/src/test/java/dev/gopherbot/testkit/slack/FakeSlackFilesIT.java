package dev.gopherbot.testkit.slack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.conversations.ConversationsMembersResponse;
import com.slack.api.methods.response.files.FilesCompleteUploadExternalResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
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

/** Channel members and Slack's current upload flow, as the real SDK calls them. */
class FakeSlackFilesIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
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
}
