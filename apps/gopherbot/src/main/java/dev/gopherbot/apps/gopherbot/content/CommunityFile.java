package dev.gopherbot.apps.gopherbot.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * {@code community.yaml}: the workspace's own facts (see {@link Community}; the format is described at the top of the
 * file). Every problem is collected with its section or entry named, e.g. {@code community.yaml: welcome.channels
 * entry 2 ("newbies"): "text" uses {usr}, which is not one of {channel}, {user}}.
 */
final class CommunityFile {
    static final Set<String> TOP = Set.of("newbies_channel", "questions_channel", "admin_channel",
            "recommended_channels", "newbie_resources", "welcome", "code_sharing");
    static final Set<String> NEWBIE_RESOURCES = Set.of("text", "elsewhere");
    static final Set<String> RECOMMENDED = Set.of("channel", "why", "welcome");
    static final Set<String> WELCOME = Set.of("direct_message", "channels");
    static final Set<String> CHANNEL_WELCOME = Set.of("channel", "text");
    static final Set<String> CODE_SHARING = Set.of("min_lines", "min_file_lines", "skip_channels", "posted", "tip");

    private final YamlEntries file;

    private CommunityFile(YamlEntries file) {
        this.file = file;
    }

    /** The community, or null when there were problems (they are in {@code file}). */
    static Community read(YamlEntries file, String yaml) {
        return new CommunityFile(file).read(yaml);
    }

    private Community read(String yaml) {
        JsonNode root = file.readMapping(yaml);
        if (root == null) {
            return null;
        }
        int before = file.problems().size();
        file.checkFields(null, root, TOP);
        ChannelRef newbies = channel(null, root, "newbies_channel");
        // optional: a community without them leaves them out of its welcome text
        ChannelRef questions = root.has("questions_channel") ? channel(null, root, "questions_channel") : null;
        ChannelRef admin = root.has("admin_channel") ? channel(null, root, "admin_channel") : null;

        List<Community.RecommendedChannel> recommended = list(null, root, "recommended_channels", RECOMMENDED, true,
                (entry, node) -> {
                    ChannelRef ref = channel(entry, node, "channel");
                    String why = file.text(entry, node, "why", true);
                    JsonNode welcomeFlag = node.get("welcome");
                    if (welcomeFlag != null && !welcomeFlag.isBoolean()) {
                        file.problem(entry, "\"welcome\" must be true or false");
                    }
                    return ref == null || why == null ? null : new Community.RecommendedChannel(ref, why.strip(),
                            welcomeFlag != null && welcomeFlag.asBoolean());
                });
        noRepeats("recommended_channels", recommended.stream().map(Community.RecommendedChannel::channel).toList());

        JsonNode resources = section(root, "newbie_resources", NEWBIE_RESOURCES);
        Template resourcesText = null;
        Template elsewhere = null;
        if (resources != null) {
            resourcesText = template("newbie_resources", resources, "text", Set.of());
            elsewhere = template("newbie_resources", resources, "elsewhere", Community.NEWBIE_RESOURCES_ELSEWHERE);
        }

        JsonNode welcome = section(root, "welcome", WELCOME);
        Template dm = null;
        List<Community.ChannelWelcome> channelWelcomes = List.of();
        if (welcome != null) {
            dm = template("welcome", welcome, "direct_message", Community.WELCOME_MESSAGE);
            for (String[] used : new String[][] {{"questions_channel", String.valueOf(questions != null)},
                    {"admin_channel", String.valueOf(admin != null)}}) {
                if (dm != null && dm.placeholders().contains(used[0]) && !Boolean.parseBoolean(used[1])) {
                    file.problem("welcome", "\"direct_message\" uses {" + used[0] + "}, but \"" + used[0]
                            + "\" is not set at the top of the file");
                }
            }
            channelWelcomes = list("welcome", welcome, "channels", CHANNEL_WELCOME, false, (entry, node) -> {
                ChannelRef ref = channel(entry, node, "channel");
                Template text = template(entry, node, "text", Community.CHANNEL_WELCOME);
                return ref == null || text == null ? null : new Community.ChannelWelcome(ref, text);
            });
            noRepeats("welcome.channels", channelWelcomes.stream().map(Community.ChannelWelcome::channel).toList());
        }

        JsonNode sharing = section(root, "code_sharing", CODE_SHARING);
        Community.CodeSharing codeSharing = sharing == null ? null : codeSharing(sharing);
        if (file.problems().size() > before) {
            return null;
        }
        return new Community(newbies, questions, admin, recommended, resourcesText, elsewhere, dm, channelWelcomes, codeSharing);
    }

    private Community.CodeSharing codeSharing(JsonNode node) {
        String at = "code_sharing";
        int minLines = file.integer(at, node, "min_lines", 10, 2, 500);
        int minFileLines = file.integer(at, node, "min_file_lines", 6, 1, 500);
        List<ChannelRef> skip = new ArrayList<>();
        for (String raw : file.strings(at, node, "skip_channels", false)) {
            ChannelRef.Parsed parsed = ChannelRef.parse(raw);
            if (parsed.ref() == null) {
                file.problem(at, "skip_channels: " + parsed.problem());
            } else {
                skip.add(parsed.ref());
            }
        }
        noRepeats("code_sharing.skip_channels", skip);
        Template posted = template(at, node, "posted", Community.CODE_POSTED);
        Template tip = template(at, node, "tip", Community.CODE_TIP);
        if (posted != null && !posted.placeholders().contains("links")) {
            file.problem(at, "\"posted\" must show the links: put {links} where they go");
        }
        return new Community.CodeSharing(minLines, minFileLines, skip, posted, tip);
    }

    /**
     * A required mapping inside {@code parent}, or null after reporting it missing or not a mapping (what is inside is
     * then not checked: one line for a missing section is enough).
     */
    private JsonNode section(JsonNode parent, String field, Set<String> known) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            file.problem(null, "\"" + field + "\" is missing");
            return null;
        }
        file.checkFields(field, node, known);
        return node.isObject() ? node : null;
    }

    /** A list of mappings, each read by {@code entry} (which returns null after reporting a problem). */
    private <T> List<T> list(String section, JsonNode parent, String field, Set<String> known, boolean required,
                             BiFunction<String, JsonNode, T> entry) {
        JsonNode node = parent.get(field);
        String path = section == null ? field : section + "." + field;
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            if (required) {
                file.problem(section, "\"" + field + "\" needs at least one entry");
            }
            return List.of();
        }
        if (!node.isArray()) {
            file.problem(section, "\"" + field + "\" must be a list of entries, each starting with \"- \"");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String name = item.path("channel").asText("");
            String label = path + " entry " + (i + 1) + (name.isEmpty() ? "" : " (\"" + name + "\")");
            file.checkFields(label, item, known);
            if (item.isObject()) {
                T value = entry.apply(label, item);
                if (value != null) {
                    out.add(value);
                }
            }
        }
        return out;
    }

    private ChannelRef channel(String entry, JsonNode node, String field) {
        String raw = file.text(entry, node, field, true);
        if (raw == null) {
            return null;
        }
        ChannelRef.Parsed parsed = ChannelRef.parse(raw);
        if (parsed.ref() == null) {
            file.problem(entry, "\"" + field + "\": " + parsed.problem());
        }
        return parsed.ref();
    }

    /** A required text whose placeholders must be among {@code allowed}. */
    private Template template(String entry, JsonNode node, String field, Set<String> allowed) {
        String text = file.text(entry, node, field, true);
        if (text == null) {
            return null;
        }
        Template template = new Template(text.strip());
        for (String used : template.placeholders()) {
            if (!allowed.contains(used)) {
                file.problem(entry, "\"" + field + "\" uses {" + used + "}, which is not "
                        + (allowed.isEmpty() ? "known here (this text takes no placeholders)"
                        : "one of " + String.join(", ", allowed.stream().sorted().map(a -> "{" + a + "}").toList())));
            }
        }
        return template;
    }

    private void noRepeats(String where, List<ChannelRef> channels) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < channels.size(); i++) {
            Integer first = seen.putIfAbsent(channels.get(i).key(), i + 1);
            if (first != null) {
                file.problem(where, channels.get(i).shown() + " is listed twice");
            }
        }
    }
}
