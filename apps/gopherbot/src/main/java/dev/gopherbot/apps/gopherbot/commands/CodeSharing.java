package dev.gopherbot.apps.gopherbot.commands;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.MessageContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.message.ChannelType;
import dev.gopherbot.app.message.FileRef;
import dev.gopherbot.app.message.Message;
import dev.gopherbot.app.registry.Matching;
import dev.gopherbot.app.slack.Post;
import dev.gopherbot.apps.gopherbot.content.ChannelRef;
import dev.gopherbot.apps.gopherbot.content.Community;
import dev.gopherbot.common.channels.Channel;
import dev.gopherbot.common.channels.ChannelDirectory;
import dev.gopherbot.common.slack.SlackCallFailed;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long code pasted into a channel or a DM, or a Go file (or a text snippet holding Go) uploaded there, goes to the Go
 * Playground, with the prose around the code kept as comments: the link is posted in the message's thread and the
 * author gets a tip only they see. {@code nolink} in the message opts out; channels on the skip list
 * ({@code community.yaml}) and shadow mode never share.
 */
public final class CodeSharing implements Feature {
    private static final Logger log = LoggerFactory.getLogger(CodeSharing.class);
    static final String OPT_OUT = "nolink";
    /** At most this many files of one message are shared: a folder dropped into Slack is not a question. */
    static final int MAX_FILES = 3;
    /** A package clause or a function declaration at the start of a line: a text snippet that is Go source. */
    private static final Pattern GO_SOURCE = Pattern.compile("(?m)^(package \\w+|func )");

    private final Community.CodeSharing rules;
    private final ChannelDirectory channels;
    private final Playground playground;
    private final SlackFiles files;
    private final boolean shadowMode;

    public CodeSharing(Community.CodeSharing rules, ChannelDirectory channels, Playground playground, SlackFiles files,
                boolean shadowMode) {
        this.rules = rules;
        this.channels = channels;
        this.playground = playground;
        this.files = files;
        this.shadowMode = shadowMode;
    }

    @Override
    public void register(Registrar registrar) {
        registrar.matcher("code sharing", "Shares code of " + rules.minLines() + "+ lines, or an uploaded Go file or Go text "
                + "snippet of " + rules.minFileLines() + "+ lines, on the Go Playground (in channels and DMs; prose "
                + "around the code kept as comments): the link goes in the thread, a tip to the "
                + "author (`" + OPT_OUT + "` in the message opts out)", this::wanted, this::share);
    }

    /** Decided without I/O (the dispatcher asks for every message): the skip list is checked by the handler. */
    boolean wanted(Message m) {
        // DMs and group DMs too, as the original: a pasted program is as hard to read there
        if (shadowMode || m.channelType() == ChannelType.APP_HOME
                || Matching.containsTrigger(m.searchable(), OPT_OUT)) {
            return false;
        }
        return !goFiles(m).isEmpty() || CodeText.lines(CodeText.of(m.rawText())) >= rules.minLines();
    }

    private Outcome share(MessageContext ctx) throws InterruptedException {
        Message m = ctx.message();
        if (skipped(m.channel())) {
            return Outcome.done();
        }
        List<URI> links = new ArrayList<>();
        try {
            for (String code : codes(m)) {
                links.add(playground.share(code));
            }
        } catch (IOException e) {
            return Outcome.retry("code sharing: " + e.getMessage());
        } catch (Playground.Refused e) {
            return Outcome.discard("code sharing: " + e.getMessage());
        }
        if (links.isEmpty()) {
            return Outcome.done(); // a file that was too short, too large or gone once downloaded
        }
        String user = MessageContext.userMention(m.user());
        ctx.sayInThread(Post.text(rules.posted().render(Map.of("user", user,
                "links", String.join(" ", links.stream().map(URI::toString).toList())))));
        try {
            ctx.ephemeral(rules.tip().render(Map.of("user", user)));
        } catch (SlackCallFailed e) {
            // the link is out; retrying the handler for a missed tip would post the link twice
            log.info("code sharing tip not shown to {}: {}", m.user(), e.getMessage());
        }
        return Outcome.done();
    }

    private boolean skipped(String channelId) {
        List<ChannelRef> skip = rules.skipChannels();
        if (skip.isEmpty()) {
            return false;
        }
        Optional<Channel> known = skip.stream().anyMatch(r -> r.id() == null) ? channels.byId(channelId)
                : Optional.empty();
        return skip.stream().anyMatch(r -> r.is(channelId, known));
    }

    /** The code to share: each Go file long enough, else the message's own code when long enough. */
    private List<String> codes(Message m) throws IOException, InterruptedException {
        List<String> codes = new ArrayList<>();
        for (FileRef file : goFiles(m)) {
            files.download(file, Playground.MAX_BYTES)
                    .map(String::strip)
                    .filter(code -> CodeText.lines(code) >= rules.minFileLines())
                    // a text snippet may be a log or a stack trace: shared only when it reads as Go
                    .filter(code -> isGo(file) || GO_SOURCE.matcher(code).find())
                    .ifPresent(codes::add);
        }
        if (codes.isEmpty()) {
            String program = CodeText.program(m.rawText());
            if (CodeText.lines(CodeText.of(m.rawText())) >= rules.minLines() && fits(program)) {
                codes.add(program);
            }
        }
        return codes;
    }

    private static boolean isGo(FileRef file) {
        return "go".equalsIgnoreCase(file.filetype());
    }

    /** Go files and text snippets whose line count (when Slack gives one) is high enough. */
    private List<FileRef> goFiles(Message m) {
        return m.files().stream()
                .filter(f -> isGo(f) || "text".equalsIgnoreCase(f.filetype()))
                .filter(f -> f.lines() == 0 || f.lines() >= rules.minFileLines())
                .limit(MAX_FILES).toList();
    }

    private static boolean fits(String code) {
        return code.getBytes(StandardCharsets.UTF_8).length <= Playground.MAX_BYTES;
    }
}
