package dev.gopherbot.app.handler;

import dev.gopherbot.common.stream.StreamEntry;
import java.util.Map;

/**
 * One slash command invocation, read from a {@code command} stream entry (the form body exactly as Slack sent it).
 *
 * @param subcommand   the first word of the text, lower case ({@code help} when the text is empty)
 * @param argument     the rest of the text, stripped
 * @param receivedAtMs when the gateway received it: the {@code trigger_id} is valid for 3 s from about then
 */
public record SlashRequest(String command, String subcommand, String argument, String userId, String channelId,
                           String triggerId, String responseUrl, long receivedAtMs) {

    public static SlashRequest read(StreamEntry entry) throws UnreadableEntry {
        Map<String, String> form;
        try {
            form = FormBody.parse(entry.body());
        } catch (FormBody.Malformed e) {
            throw new UnreadableEntry("command body: " + e.getMessage());
        }
        SlashText.Invocation invocation = SlashText.parse(form.get("text"));
        return new SlashRequest(required(form, "command"), invocation.subcommand(), invocation.argument(),
                required(form, "user_id"), form.getOrDefault("channel_id", ""), required(form, "trigger_id"),
                required(form, "response_url"), entry.receivedAt());
    }

    private static String required(Map<String, String> form, String field) throws UnreadableEntry {
        String value = form.get(field);
        if (value == null || value.isEmpty()) {
            throw new UnreadableEntry("command body has no " + field);
        }
        return value;
    }
}
