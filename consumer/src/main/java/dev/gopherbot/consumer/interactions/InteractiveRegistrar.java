package dev.gopherbot.consumer.interactions;

import dev.gopherbot.consumer.interactions.InteractiveRegistry.InteractionReg;
import dev.gopherbot.consumer.interactions.InteractiveRegistry.On;
import dev.gopherbot.consumer.interactions.InteractiveRegistry.SlashReg;

/** The contributor's API for slash subcommands, buttons, modals and shortcuts. Each registration is described. */
public final class InteractiveRegistrar {
    private final InteractiveRegistry registry;
    private final String origin;

    InteractiveRegistrar(InteractiveRegistry registry, String origin) {
        this.registry = registry;
        this.origin = origin;
    }

    /**
     * {@code /gopher <subcommand> …}; listed by {@code /gopher help} as {@code usage}: {@code description}. The
     * subcommand must also be in {@code common}'s {@code SlashCatalog}, which the gateway reads.
     */
    public void slash(String subcommand, String usage, String description, SlashHandler handler) {
        registry.addSlash(new SlashReg(subcommand, usage, description, origin, handler));
    }

    /** A click on a button (or other block element) with this {@code action_id}. */
    public void onAction(String actionId, String description, InteractionHandler handler) {
        registry.addInteraction(new InteractionReg(On.ACTION, actionId, description, origin, handler));
    }

    /**
     * A submitted modal with this {@code callback_id}. Reached only when the submission passed the gateway's
     * synchronous checks, if any; the modal is closed by then, so answer by DM or in a message.
     */
    public void onSubmission(String callbackId, String description, InteractionHandler handler) {
        registry.addInteraction(new InteractionReg(On.SUBMISSION, callbackId, description, origin, handler));
    }

    /** A modal with this {@code callback_id} closed without submitting (modals opened with notify_on_close). */
    public void onClosed(String callbackId, String description, InteractionHandler handler) {
        registry.addInteraction(new InteractionReg(On.CLOSED, callbackId, description, origin, handler));
    }

    /** A global or message shortcut with this {@code callback_id}. */
    public void onShortcut(String callbackId, String description, InteractionHandler handler) {
        registry.addInteraction(new InteractionReg(On.SHORTCUT, callbackId, description, origin, handler));
    }
}
