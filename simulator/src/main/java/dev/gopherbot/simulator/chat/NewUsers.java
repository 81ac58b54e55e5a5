package dev.gopherbot.simulator.chat;

import dev.gopherbot.testkit.slack.Workspace;
import java.util.List;

/** Names for people who "join the workspace as a new user": friendly ones first, then numbered gophers. */
final class NewUsers {
    private static final List<String> NAMES = List.of("ada", "grace", "ken", "barbara", "dennis", "margaret",
            "edsger", "frances", "niklaus", "radia", "donald", "hedy");

    private final Workspace workspace;

    NewUsers(Workspace workspace) {
        this.workspace = workspace;
    }

    synchronized Workspace.User create() {
        String name = NAMES.stream().filter(this::free).findFirst().orElseGet(() -> {
            int n = 1;
            while (!free("gopher" + n)) {
                n++;
            }
            return "gopher" + n;
        });
        String real = Character.toUpperCase(name.charAt(0)) + name.substring(1) + " (new)";
        Workspace.User user = new Workspace.User(workspace.newId('U'), name, real, false);
        workspace.addUser(user);
        return user;
    }

    private boolean free(String name) {
        return workspace.users().stream().noneMatch(u -> u.name().equalsIgnoreCase(name));
    }
}
