package dev.gopherbot.apps.timereport.confirm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.apps.timereport.command.ActionParser;
import dev.gopherbot.apps.timereport.command.InvalidInput;
import dev.gopherbot.apps.timereport.command.Period;
import dev.gopherbot.apps.timereport.command.ReportAction;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@link PendingAction} as a button's {@code value}: compact JSON such as
 * {@code {"id":"…","u":"U0ALICE","op":"add","type":"vacation","from":"2026-12-21","to":"2026-12-24","h":8}}
 * (Slack allows 2,000 characters; this is about 150).
 */
public final class PendingActions {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final ActionParser parser;

    /** @param parser resolves the type names, which may have left the data file since the prompt was shown */
    public PendingActions(ActionParser parser) {
        this.parser = parser;
    }

    public static String encode(PendingAction pending) {
        ObjectNode json = JSON.createObjectNode().put("id", pending.id()).put("u", pending.user());
        switch (pending.action()) {
            case ReportAction.Add add -> json.put("op", "add").put("type", add.type().name())
                    .put("from", add.period().from().toString()).put("to", add.period().to().toString())
                    .put("h", add.hours());
            case ReportAction.Delete delete -> {
                json.put("op", "delete").put("date", delete.date().toString());
                delete.type().ifPresent(t -> json.put("type", t.name()));
            }
            case ReportAction.Lock lock -> json.put("op", "lock").put("month", lock.month().toString());
        }
        return json.toString();
    }

    /** @throws InvalidInput when the value is not one this app wrote, or names a type that no longer exists */
    public PendingAction decode(String value) throws InvalidInput {
        JsonNode json;
        try {
            json = JSON.readTree(value == null ? "" : value);
        } catch (JsonProcessingException e) {
            json = null;
        }
        if (json == null || !json.isObject() || !ID.matcher(json.path("id").asText()).matches()
                || json.path("u").asText().isEmpty()) {
            throw unreadable();
        }
        try {
            ReportAction action = switch (json.path("op").asText()) {
                case "add" -> {
                    LocalDate from = LocalDate.parse(json.path("from").asText());
                    LocalDate to = LocalDate.parse(json.path("to").asText());
                    int hours = json.path("h").asInt(-1);
                    if (to.isBefore(from) || hours < ActionParser.MIN_HOURS || hours > ActionParser.MAX_HOURS) {
                        throw unreadable();
                    }
                    yield new ReportAction.Add(parser.type(json.path("type").asText()), new Period(from, to), hours);
                }
                case "delete" -> new ReportAction.Delete(LocalDate.parse(json.path("date").asText()),
                        json.hasNonNull("type") ? Optional.of(parser.type(json.get("type").asText()))
                                : Optional.empty());
                case "lock" -> new ReportAction.Lock(YearMonth.parse(json.path("month").asText()));
                default -> throw unreadable();
            };
            return new PendingAction(json.get("id").asText(), json.get("u").asText(), action);
        } catch (DateTimeException e) {
            throw unreadable();
        }
    }

    private static InvalidInput unreadable() {
        return new InvalidInput("I can't read this prompt any more; please run the command again.");
    }
}
