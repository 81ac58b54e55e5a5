package dev.gopherbot.apps.gopherbot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.channels.Channel;
import dev.gopherbot.common.channels.ChannelDirectory;
import dev.gopherbot.common.config.ConfigException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** community.yaml: the shipped file is valid, and each mistake is named with its section or entry and rule. */
class CommunityFileTest {
    /** A minimal valid file; each case below changes one line of it. */
    private static final String VALID = """
            newbies_channel: newbies
            recommended_channels:
              - channel: general
                why: talk
            newbie_resources:
              text: start here
              elsewhere: ask in {newbies_channel}
            welcome:
              direct_message: hello {user}, see {recommended_channels}
              channels:
                - channel: newbies
                  text: welcome to {channel}, {user}
            code_sharing:
              min_lines: 10
              skip_channels: [remotejobs, C0JOBS]
              posted: "{user} {links}"
              tip: use the playground
            """;

    @Test
    void theShippedFileIsValidAndRecommendsTheNewbiesChannel() {
        Community community = Content.community();
        assertEquals(new ChannelRef("newbies", null), community.newbiesChannel());
        assertTrue(community.recommendedChannels().stream().anyMatch(r -> r.channel().equals(
                community.newbiesChannel())));
        assertFalse(community.channelWelcomes().isEmpty());
        assertEquals(10, community.codeSharing().minLines());
        assertEquals(6, community.codeSharing().minFileLines());
    }

    @Test
    void aMinimalFileLoadsWithDefaultsForWhatItLeavesOut() {
        Community community = Content.community("community.yaml", VALID);
        assertEquals(6, community.codeSharing().minFileLines());
        assertEquals(List.of(new ChannelRef("remotejobs", null), new ChannelRef(null, "C0JOBS")),
                community.codeSharing().skipChannels());
        assertEquals("hello <@U1>, see x", community.welcomeMessage().render(Map.of("user", "<@U1>",
                "recommended_channels", "x")));
    }

    /** Each case: a line of {@link #VALID}, what it is changed to, and the start of the problem reported. */
    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("newbies_channel: newbies", "newbies_channel: Newbies!",
                        "community.yaml: \"newbies_channel\": \"Newbies!\" is neither a channel name"),
                Arguments.of("newbies_channel: newbies", "newbie_channel: newbies",
                        "community.yaml: unknown field \"newbie_channel\""),
                Arguments.of("newbies_channel: newbies", "",
                        "community.yaml: \"newbies_channel\" is missing"),
                Arguments.of("    why: talk", "    whY: talk",
                        "community.yaml: recommended_channels entry 1 (\"general\"): unknown field \"whY\" (expected"
                        + " channel, welcome, why)"),
                Arguments.of("    why: talk", "    why: \"\"",
                        "community.yaml: recommended_channels entry 1 (\"general\"): \"why\" must be a non-empty text"),
                Arguments.of("  elsewhere: ask in {newbies_channel}", "  elsewhere: ask in {newbies}",
                        "community.yaml: newbie_resources: \"elsewhere\" uses {newbies}, which is not one of"
                        + " {newbies_channel}"),
                Arguments.of("  text: start here", "  text: start {here}",
                        "community.yaml: newbie_resources: \"text\" uses {here}, which is not known here (this text"
                        + " takes no placeholders)"),
                Arguments.of("      text: welcome to {channel}, {user}", "      text: welcome to {chanel}",
                        "community.yaml: welcome.channels entry 1 (\"newbies\"): \"text\" uses {chanel}, which is"
                        + " not one of {channel}, {user}"),
                Arguments.of("  min_lines: 10", "  min_lines: 1",
                        "community.yaml: code_sharing: \"min_lines\" must be a whole number from 2 to 500, not 1"),
                Arguments.of("  min_lines: 10", "  min_lines: ten",
                        "community.yaml: code_sharing: \"min_lines\" must be a whole number from 2 to 500, not"
                        + " \"ten\""),
                Arguments.of("  posted: \"{user} {links}\"", "  posted: \"{user} shared it\"",
                        "community.yaml: code_sharing: \"posted\" must show the links: put {links} where they go"),
                Arguments.of("  skip_channels: [remotejobs, C0JOBS]", "  skip_channels: [remotejobs, remotejobs]",
                        "community.yaml: code_sharing.skip_channels: #remotejobs is listed twice"),
                Arguments.of("  skip_channels: [remotejobs, C0JOBS]", "  skip_channels: [remote jobs]",
                        "community.yaml: code_sharing: skip_channels: \"remote jobs\" is neither a channel name"),
                Arguments.of("  tip: use the playground", "  tip: use the playground\n  tip: again",
                        "community.yaml: not valid YAML: Duplicate field 'tip'"));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("mistakes")
    void aMistakeIsNamedWithItsSectionAndRule(String line, String replacement, String expected) {
        String yaml = VALID.replace(line, replacement);
        assertTrue(!yaml.equals(VALID), "the case changes the file");
        var e = assertThrows(ConfigException.class, () -> Content.community("community.yaml", yaml));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(expected)), String.join("\n", e.problems()));
    }

    @Test
    void aListInsteadOfSettingsIsExplained() {
        var e = assertThrows(ConfigException.class, () -> Content.community("community.yaml", "- a\n- b\n"));
        assertEquals(List.of("community.yaml: expected settings such as \"name: value\" at the top, not a list"),
                e.problems());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var e = assertThrows(ConfigException.class, () -> Content.community("community.yaml",
                "newbies_channel: \"#\"\nextra: 1\n"));
        // the bad channel, the unknown field, and the four missing sections (one line each, not one per field)
        assertEquals(6, e.problems().size(), String.join("\n", e.problems()));
    }

    @Test
    void aChannelGivenByNameIsFoundThroughTheCacheAndOneGivenByIdAsItIs() {
        ChannelDirectory cache = ChannelDirectory.of(List.of(new Channel("C0NEWBIES", "newbies")));
        assertEquals(Optional.of("C0NEWBIES"), ChannelRef.parse("#Newbies".toLowerCase()).ref().resolve(cache));
        assertEquals(Optional.empty(), ChannelRef.parse("reviews").ref().resolve(cache));
        assertEquals(Optional.of("C0PRIVATE"), ChannelRef.parse("C0PRIVATE").ref().resolve(cache));
        assertTrue(ChannelRef.parse("newbies").ref().is("C0NEWBIES", cache.byId("C0NEWBIES")));
        assertFalse(ChannelRef.parse("newbies").ref().is("C0OTHER", Optional.empty()));
        assertTrue(ChannelRef.parse("C0JOBS").ref().is("C0JOBS", Optional.empty()));
    }
}
