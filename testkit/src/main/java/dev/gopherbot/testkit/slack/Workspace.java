package dev.gopherbot.testkit.slack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The in-memory state of a simulated Slack workspace: channels, users (people and the apps' bots), profiles, messages
 * and reactions. Every method is synchronized: the fake is small and correctness beats throughput.
 * {@link #version()} changes on every write, so a UI can poll cheaply.
 */
public final class Workspace {
    public record User(String id, String name, String realName, boolean isBot) {
    }

    /**
     * A conversation. A direct message ({@code isIm}) is between {@code imUser} and the bot {@code imBot}; a null
     * {@code imBot} means the workspace's first bot.
     */
    public record Channel(String id, String name, boolean isPrivate, boolean isIm, boolean isArchived, String imUser,
                          String imBot) {
        public Channel(String id, String name, boolean isPrivate, boolean isIm, boolean isArchived, String imUser) {
            this(id, name, isPrivate, isIm, isArchived, imUser, null);
        }
    }

    /**
     * What Slack shows about a user beyond their names, as {@code users.list}, {@code users.info} and
     * {@code user_change} carry it.
     *
     * @param avatarUrl the {@code image_72}, or null for none
     * @param updated   Slack's {@code updated}: epoch seconds of the last change, which orders changes
     */
    public record Profile(String displayName, String title, String tz, String statusText, String statusEmoji,
                          String avatarUrl, boolean deleted, long updated) {
        public Profile withTitle(String value) {
            return new Profile(displayName, value, tz, statusText, statusEmoji, avatarUrl, deleted, updated);
        }

        public Profile withDisplayName(String value) {
            return new Profile(value, title, tz, statusText, statusEmoji, avatarUrl, deleted, updated);
        }

        public Profile withStatus(String emoji, String text) {
            return new Profile(displayName, title, tz, text, emoji, avatarUrl, deleted, updated);
        }

        public Profile withAvatar(String url) {
            return new Profile(displayName, title, tz, statusText, statusEmoji, url, deleted, updated);
        }

        public Profile withDeleted(boolean value) {
            return new Profile(displayName, title, tz, statusText, statusEmoji, avatarUrl, value, updated);
        }
    }

    /** A message; {@code ephemeralFor} is the only user who sees it, or null for everyone in the channel. */
    public static final class Message {
        public final String channel;
        public final String ts;
        public final String user;
        public volatile String text;
        public final String threadTs;
        public final String ephemeralFor;
        public volatile String attachments;
        public volatile String blocks;
        /** The files shared with the message ({@code files.completeUploadExternal}), as JSON, or null. */
        public volatile String files;
        public final Map<String, List<String>> reactions = new LinkedHashMap<>();

        Message(String channel, String ts, String user, String text, String threadTs, String ephemeralFor) {
            this.channel = channel;
            this.ts = ts;
            this.user = user;
            this.text = text;
            this.threadTs = threadTs;
            this.ephemeralFor = ephemeralFor;
        }
    }

    private final Map<String, User> users = new LinkedHashMap<>();
    private final List<SlackBot> bots = new ArrayList<>();
    private final Map<String, Profile> profiles = new HashMap<>();
    private final Map<String, Channel> channels = new LinkedHashMap<>();
    private final Map<String, List<String>> members = new LinkedHashMap<>();
    private final List<Message> messages = new ArrayList<>();
    /** Messages by channel and ts: reactions and updates look one up on every call, and benchmarks post 100,000. */
    private final Map<String, Message> byChannelAndTs = new HashMap<>();
    private final AtomicLong clock = new AtomicLong(System.currentTimeMillis() * 1000);
    private final AtomicLong ids = new AtomicLong(1000);
    private final AtomicLong version = new AtomicLong();

    /** A workspace with the bot user, a few people, and channels including #newbies. */
    public static Workspace seeded() {
        return seeded(List.of(FakeSlack.BOT));
    }

    /** The seeded workspace with these apps' bots, each a member of every open channel. */
    public static Workspace seeded(List<SlackBot> bots) {
        Workspace w = new Workspace();
        bots.forEach(w::addBot);
        w.addUser(new User("U0ALICE", "alice", "Alice Liddell", false));
        w.addUser(new User("U0BOB", "bob", "Bob Pike-ish", false));
        w.addUser(new User("U0CAROL", "carol", "Carol Shaw", false));
        for (String[] c : new String[][] {{"C0GENERAL", "general"}, {"C0NEWBIES", "newbies"},
                {"C0RANDOM", "random"}, {"C0GOTIME", "gotimefm"}, {"C0JOBS", "remotejobs"},
                {"C0RELEASES", "golang-releases"}, {"C0MODS", "moderators"}}) {
            w.addChannel(new Channel(c[0], c[1], false, false, false, null));
            for (User u : w.users()) {
                w.join(c[0], u.id());
            }
        }
        w.addChannel(new Channel("C0OLD", "old-announcements", false, false, true, null));
        return w;
    }

    public synchronized void addUser(User user) {
        users.put(user.id(), user);
        touch();
    }

    /** Adds an app's bot and its bot user (named after the app); a bot already there is left as it is. */
    public synchronized void addBot(SlackBot bot) {
        if (botByUser(bot.userId()).isEmpty()) {
            bots.add(bot);
        }
        users.putIfAbsent(bot.userId(), new User(bot.userId(), bot.app(), bot.realName(), true));
        touch();
    }

    /** The apps' bots, the first being the one {@link #imWith(String)} talks for. */
    public synchronized List<SlackBot> bots() {
        return List.copyOf(bots);
    }

    public synchronized Optional<SlackBot> botByUser(String userId) {
        return bots.stream().filter(b -> b.userId().equals(userId)).findFirst();
    }

    /** A user's profile; one nobody changed yet is their name, Amsterdam time, and the time they were added. */
    public synchronized Profile profile(String userId) {
        User user = users.get(userId);
        if (user == null) {
            throw new IllegalArgumentException("no user " + userId);
        }
        return profiles.computeIfAbsent(userId, id -> new Profile(user.name(), "", "Europe/Amsterdam", "", "", null,
                false, System.currentTimeMillis() / 1000));
    }

    /**
     * Changes a user's profile as they would in Slack: {@code updated} moves forward (to now, and always past the
     * previous value, so two changes within a second stay ordered). Returns the new profile.
     */
    public synchronized Profile changeProfile(String userId, UnaryOperator<Profile> change) {
        Profile before = profile(userId);
        Profile changed = change.apply(before);
        long updated = Math.max(before.updated() + 1, System.currentTimeMillis() / 1000);
        Profile after = new Profile(changed.displayName(), changed.title(), changed.tz(), changed.statusText(),
                changed.statusEmoji(), changed.avatarUrl(), changed.deleted(), updated);
        profiles.put(userId, after);
        touch();
        return after;
    }

    /** Changes a user's full name (Slack's {@code real_name}), as "Edit profile" does. */
    public synchronized User rename(String userId, String realName) {
        User old = users.get(userId);
        if (old == null) {
            throw new IllegalArgumentException("no user " + userId);
        }
        User renamed = new User(old.id(), old.name(), realName, old.isBot());
        users.put(userId, renamed);
        touch();
        return renamed;
    }

    /** Removes a user altogether (not a deactivation: {@code users.list} no longer lists them). */
    public synchronized void removeUser(String userId) {
        users.remove(userId);
        profiles.remove(userId);
        touch();
    }

    public synchronized void addChannel(Channel channel) {
        channels.put(channel.id(), channel);
        members.putIfAbsent(channel.id(), new ArrayList<>());
        touch();
    }

    public synchronized void join(String channelId, String userId) {
        List<String> m = members.computeIfAbsent(channelId, k -> new ArrayList<>());
        if (!m.contains(userId)) {
            m.add(userId);
        }
        touch();
    }

    public synchronized List<String> members(String channelId) {
        return List.copyOf(members.getOrDefault(channelId, List.of()));
    }

    public synchronized Collection<User> users() {
        return List.copyOf(users.values());
    }

    public synchronized Optional<User> user(String id) {
        return Optional.ofNullable(users.get(id));
    }

    public synchronized Collection<Channel> channels() {
        return List.copyOf(channels.values());
    }

    public synchronized Optional<Channel> channel(String id) {
        return Optional.ofNullable(channels.get(id));
    }

    /** The direct-message channel between the first bot and a user, created on first use as Slack does. */
    public synchronized Channel imWith(String userId) {
        return imWith(firstBotUserId(), userId);
    }

    /**
     * The direct-message channel between a bot and a user, created on first use. The first bot's DM with U0ALICE is
     * D0ALICE; another bot's carries its own id too (D0ALICE0DESK), so each app has its own conversation.
     */
    public synchronized Channel imWith(String botUserId, String userId) {
        for (Channel c : channels.values()) {
            if (c.isIm() && userId.equals(c.imUser()) && botUserId.equals(imBot(c))) {
                return c;
            }
        }
        String id = "D" + userId.substring(1) + (botUserId.equals(firstBotUserId()) ? "" : botUserId.substring(1));
        Channel im = new Channel(id, userId, true, true, false, userId, botUserId);
        addChannel(im);
        join(im.id(), userId);
        join(im.id(), botUserId);
        return im;
    }

    /** The bot a direct message is with. */
    public synchronized String imBot(Channel im) {
        return im.imBot() == null ? firstBotUserId() : im.imBot();
    }

    private String firstBotUserId() {
        return bots.isEmpty() ? FakeSlack.BOT_USER_ID : bots.getFirst().userId();
    }

    public synchronized Message post(String channel, String user, String text, String threadTs, String ephemeralFor) {
        Message m = new Message(channel, nextTs(), user, text, threadTs, ephemeralFor);
        messages.add(m);
        byChannelAndTs.put(channel + "/" + m.ts, m);
        touch();
        return m;
    }

    public synchronized Optional<Message> message(String channel, String ts) {
        return Optional.ofNullable(byChannelAndTs.get(channel + "/" + ts));
    }

    public synchronized List<Message> messages(String channel) {
        return messages.stream().filter(m -> m.channel.equals(channel)).toList();
    }

    /** Adds a reaction; false when that user already reacted with that emoji (Slack's {@code already_reacted}). */
    public synchronized boolean react(Message m, String emoji, String user) {
        List<String> who = m.reactions.computeIfAbsent(emoji, k -> new ArrayList<>());
        if (who.contains(user)) {
            return false;
        }
        who.add(user);
        touch();
        return true;
    }

    public synchronized void update(Message m, String text, String attachments, String blocks) {
        if (text != null) {
            m.text = text;
        }
        m.attachments = attachments;
        m.blocks = blocks;
        touch();
    }

    /** Attaches shared files (their JSON array) to a message. */
    public synchronized void attachFiles(Message m, String filesJson) {
        m.files = filesJson;
        touch();
    }

    /** Removes a message, as {@code chat.delete} does: it can no longer be found, updated or reacted to. */
    public synchronized void delete(Message m) {
        messages.remove(m);
        byChannelAndTs.remove(m.channel + "/" + m.ts);
        touch();
    }

    /** A new unique id with Slack's letter prefix (U for users, C for channels, V for views…). */
    public String newId(char prefix) {
        return prefix + "0" + Long.toString(ids.incrementAndGet(), 36).toUpperCase();
    }

    public long version() {
        return version.get();
    }

    /** Marks the workspace changed (state kept beside it, such as open modals, changed). */
    synchronized void changed() {
        touch();
    }

    private void touch() {
        version.incrementAndGet();
        notifyAll();
    }

    /** Waits until the workspace changes after {@code seen}, or the timeout passes (long polling for a UI). */
    public synchronized long awaitChange(long seen, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (version.get() == seen) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return version.get();
    }

    private String nextTs() {
        // strictly increasing, in Slack's "seconds.micros" shape
        long micros = clock.updateAndGet(prev -> Math.max(prev + 1, System.currentTimeMillis() * 1000));
        return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }
}
