package dev.gopherbot.apps.gopherbot.suggest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.glossary.Term;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Suggestions in Redis. Every key carries the {@code {suggestions}} hash tag, so each script touches one Cluster slot:
 * <ul>
 *   <li>{@code glossary:{suggestions}:<id>}: a hash per suggestion;</li>
 *   <li>{@code glossary:{suggestions}:names}: name key (term or alias, as lookups compare them) to the id of the
 *       pending or approved suggestion that claims it;</li>
 *   <li>{@code glossary:{suggestions}:approved}: approved ids, scored by decision time.</li>
 * </ul>
 * Creating claims the names and deciding changes the status each in one script, so two moderators clicking at once
 * produce exactly one transition, and two users suggesting one term produce one suggestion.
 */
public final class SuggestionStore implements CommunityTerms {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    /*
     * KEYS[1] the suggestion, KEYS[2] the names hash. ARGV[1] the id, ARGV[2] n, ARGV[3..2+n] name keys, then
     * field/value pairs. A redelivered submission finds its own suggestion ("exists"); a name claimed by another
     * suggestion stops the whole creation ("taken", name, owner): nothing is written.
     */
    private static final String CREATE = """
            if redis.call('EXISTS', KEYS[1]) == 1 then
              return {'exists'}
            end
            local n = tonumber(ARGV[2])
            for i = 3, 2 + n do
              local owner = redis.call('HGET', KEYS[2], ARGV[i])
              if owner and owner ~= ARGV[1] then
                return {'taken', ARGV[i], owner}
              end
            end
            redis.call('HSET', KEYS[1], unpack(ARGV, 3 + n))
            for i = 3, 2 + n do
              redis.call('HSET', KEYS[2], ARGV[i], ARGV[1])
            end
            return {'created'}
            """;

    /*
     * KEYS[1] the suggestion, KEYS[2] the names hash, KEYS[3] the approved set. ARGV[1] APPROVED or DECLINED,
     * ARGV[2] the moderator, ARGV[3] epoch ms, ARGV[4] the click's event id, ARGV[5] the suggestion id.
     * Only PENDING moves. The same click delivered again finds its own decision ("decided") and redoes its effects;
     * any other click finds the decision made ("already"). A declined suggestion frees its names.
     */
    private static final String DECIDE = """
            local status = redis.call('HGET', KEYS[1], 'status')
            if not status then
              return {'missing'}
            end
            if status ~= 'PENDING' then
              if redis.call('HGET', KEYS[1], 'decided_event') == ARGV[4] then
                return {'decided'}
              end
              return {'already'}
            end
            redis.call('HSET', KEYS[1], 'status', ARGV[1], 'decided_by', ARGV[2], 'decided_at', ARGV[3],
              'decided_event', ARGV[4])
            if ARGV[1] == 'APPROVED' then
              redis.call('ZADD', KEYS[3], ARGV[3], ARGV[5])
            else
              for _, name in ipairs(cjson.decode(redis.call('HGET', KEYS[1], 'names'))) do
                if redis.call('HGET', KEYS[2], name) == ARGV[5] then
                  redis.call('HDEL', KEYS[2], name)
                end
              end
            end
            return {'decided'}
            """;

    /** What {@link #create} did. */
    public sealed interface Created {
        /** Stored now, or by an earlier delivery of the same submission. */
        record Stored() implements Created {
        }

        /** {@code name} already belongs to {@code other}, pending or approved. */
        record NameTaken(String name, Optional<Suggestion> other) implements Created {
        }
    }

    /** What {@link #decide} did. */
    public sealed interface Decision {
        /** This click moved the suggestion (now, or in an earlier delivery of the same click). */
        record Decided(Suggestion suggestion) implements Decision {
        }

        /** Another click decided first; {@code suggestion} says who and how. */
        record AlreadyDecided(Suggestion suggestion) implements Decision {
        }

        record Missing() implements Decision {
        }
    }

    private final RedisCommands<String, String> redis;
    private final Keys keys;
    private final LuaScript create;
    private final LuaScript decide;

    public SuggestionStore(RedisCommands<String, String> redis, Keys keys) {
        this.redis = redis;
        this.keys = keys;
        this.create = new LuaScript(CREATE);
        this.decide = new LuaScript(DECIDE);
    }

    public Created create(Suggestion s) {
        List<String> names = s.names().stream().map(Names::key).distinct().toList();
        List<String> args = new ArrayList<>(List.of(s.id(), Integer.toString(names.size())));
        args.addAll(names);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", s.id());
        fields.put("term", s.term().term());
        fields.put("aliases", json(s.term().aliases()));
        fields.put("definition", s.term().definition());
        fields.put("links", json(s.term().links()));
        fields.put("names", json(names));
        fields.put("suggested_by", s.suggestedBy());
        fields.put("suggested_at", Long.toString(s.suggestedAt().toEpochMilli()));
        fields.put("status", s.status().name());
        fields.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        List<Object> reply = create.run(redis, new String[] {item(s.id()), namesKey()}, args.toArray(String[]::new));
        return switch (String.valueOf(reply.getFirst())) {
            case "taken" -> new Created.NameTaken(displayName(s, String.valueOf(reply.get(1))),
                    get(String.valueOf(reply.get(2))));
            default -> new Created.Stored();
        };
    }

    /** Records where the moderators' card was posted. */
    public void attachCard(String id, Suggestion.Card card) {
        redis.hset(item(id), Map.of("card_channel", card.channel(), "card_ts", card.ts()));
    }

    /** Moves a pending suggestion to {@code to}, exactly once however many moderators click. */
    public Decision decide(String id, Status to, String moderator, Instant at, String eventId) {
        if (to == Status.PENDING) {
            throw new IllegalArgumentException("a decision is APPROVED or DECLINED");
        }
        List<Object> reply = decide.run(redis, new String[] {item(id), namesKey(), approvedKey()}, to.name(),
                moderator, Long.toString(at.toEpochMilli()), eventId, id);
        String result = String.valueOf(reply.getFirst());
        if (result.equals("missing")) {
            return new Decision.Missing();
        }
        Optional<Suggestion> now = get(id);
        if (now.isEmpty()) {
            return new Decision.Missing();
        }
        return result.equals("decided") ? new Decision.Decided(now.get()) : new Decision.AlreadyDecided(now.get());
    }

    public Optional<Suggestion> get(String id) {
        Map<String, String> h = redis.hgetall(item(id));
        if (h == null || h.isEmpty()) {
            return Optional.empty();
        }
        Optional<Suggestion.Card> card = h.containsKey("card_ts")
                ? Optional.of(new Suggestion.Card(h.get("card_channel"), h.get("card_ts"))) : Optional.empty();
        return Optional.of(new Suggestion(h.get("id"),
                new Term(h.get("term"), strings(h.get("aliases")), h.get("definition"), strings(h.get("links"))),
                h.get("suggested_by"), instant(h.get("suggested_at")), Status.valueOf(h.get("status")),
                Optional.ofNullable(h.get("decided_by")), Optional.ofNullable(h.get("decided_at"))
                .map(SuggestionStore::instant), card));
    }

    /** The approved suggestion a name (term or alias) belongs to, if any. */
    @Override
    public Optional<Suggestion> approvedByName(String name) {
        String id = redis.hget(namesKey(), Names.key(name));
        return id == null ? Optional.empty() : get(id).filter(s -> s.status() == Status.APPROVED);
    }

    /** Every approved suggestion, oldest decision first. */
    public List<Suggestion> approved() {
        List<Suggestion> list = new ArrayList<>();
        for (String id : redis.zrange(approvedKey(), 0, -1)) {
            get(id).ifPresent(list::add);
        }
        return list;
    }

    private String item(String id) {
        return keys.of("glossary:{suggestions}:" + id);
    }

    private String namesKey() {
        return keys.of("glossary:{suggestions}:names");
    }

    private String approvedKey() {
        return keys.of("glossary:{suggestions}:approved");
    }

    /** The name as the suggester spelled it, for the message telling them it is taken. */
    private static String displayName(Suggestion s, String key) {
        return s.names().stream().filter(n -> Names.key(n).equals(key)).findFirst().orElse(key);
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored suggestion has a broken list: " + e.getOriginalMessage(), e);
        }
    }

    private static Instant instant(String epochMs) {
        return Instant.ofEpochMilli(Long.parseLong(epochMs));
    }
}
