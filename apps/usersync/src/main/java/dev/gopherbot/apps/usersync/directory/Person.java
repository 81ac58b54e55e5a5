package dev.gopherbot.apps.usersync.directory;

/** One person as the directory shows them; every text is as Slack gave it, to be escaped where it is shown. */
public record Person(String id, String teamId, String name, String realName, String displayName, String title,
                     String tz, String statusText, String statusEmoji, String avatarUrl, boolean deleted,
                     long updated, String sortName) {

    /** The name to show first: the real name, else the display name, else the handle (as the sort order does). */
    public String shownName() {
        return !realName.isEmpty() ? realName : !displayName.isEmpty() ? displayName : name;
    }

    Cursor position() {
        return new Cursor(sortName, id);
    }
}
