package dev.gopherbot.apps.timereport.command;

/** The command and how each subcommand is written: registrations, help and error messages share these. */
public final class Usage {
    /** The slash command configured in the Slack app (docs/apps/timereport.md). */
    public static final String COMMAND = "/timereport";
    public static final String ADD = "add";
    public static final String LIST = "list";
    public static final String DELETE = "delete";
    public static final String LOCK = "lock";
    public static final String HELP = "help";

    public static final String ADD_USAGE = COMMAND + " add <type> <date or range> [hours]";
    public static final String LIST_USAGE = COMMAND + " list [YYYY-MM]";
    public static final String DELETE_USAGE = COMMAND + " delete <date> [type]";
    public static final String LOCK_USAGE = COMMAND + " lock YYYY-MM";

    private Usage() {
    }

    static String code(String usage) {
        return "`" + usage + "`";
    }
}
