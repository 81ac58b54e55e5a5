package dev.gopherbot.gateway.web;

import java.util.Set;

/** The workspaces whose members may see the pages; empty means any workspace (e.g. no {@code SLACK_TEAM_ID}). */
record AllowedTeams(Set<String> ids) {

    AllowedTeams {
        ids = Set.copyOf(ids);
    }

    boolean allows(String teamId) {
        return ids.isEmpty() || ids.contains(teamId);
    }
}
