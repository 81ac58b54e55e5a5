package dev.gopherbot.apps.usersync.users;

/** A user object that cannot be stored: no id, no team, or no {@code updated} time to order it by. */
public final class MalformedUser extends Exception {
    public MalformedUser(String reason) {
        super(reason);
    }
}
