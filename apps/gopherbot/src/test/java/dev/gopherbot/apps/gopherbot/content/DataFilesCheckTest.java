package dev.gopherbot.apps.gopherbot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.host.ProcessServices;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.Keys;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The data files check CI runs on every pull request (the {@code data} job): shipped files pass, and a problem lands
 * on the line the contributor has to change, as a GitHub annotation.
 */
class DataFilesCheckTest {
    private static final String REACTIONS = """
            - triggers: [bbq]
              emoji: [bbqgopher]

            - triggers: [ghost]
              emojis: [ghost]
            """;
    private static final String RESPONSES = """
            - command: tour
              description: The tour
              text: https://go.dev/tour/

            - command: go tour
              aliases: [tour]
              description: The tour again
              text: https://go.dev/tour/
            """;

    /** Run by CI's data job: on GitHub each problem is printed as an annotation on its line. */
    @Test
    void theShippedDataFilesHaveNoProblems() {
        List<DataFilesCheck.Located> problems = DataFilesCheck.shipped();
        boolean onGitHub = "true".equals(System.getenv("GITHUB_ACTIONS"));
        problems.forEach(p -> System.out.println(onGitHub ? p.annotation() : p.toString()));
        assertEquals(List.of(), problems);
    }

    @Test
    void aFieldProblemIsPlacedOnItsEntrysLine() {
        List<DataFilesCheck.Located> located = DataFilesCheck.locate(problems(),
                Map.of(Content.REACTIONS, REACTIONS, Content.RESPONSES, RESPONSES));
        DataFilesCheck.Located field = located.stream().filter(p -> p.message().contains("emojis")).findFirst()
                .orElseThrow();
        assertEquals("apps/gopherbot/src/main/resources/reactions.yaml", field.file());
        assertEquals(4, field.line());
    }

    @Test
    void aDuplicateAliasIsPlacedOnTheSecondEntry() {
        List<DataFilesCheck.Located> located = DataFilesCheck.locate(problems(),
                Map.of(Content.REACTIONS, REACTIONS, Content.RESPONSES, RESPONSES));
        DataFilesCheck.Located duplicate = located.stream().filter(p -> p.message().contains("twice")).findFirst()
                .orElseThrow();
        assertEquals("apps/gopherbot/src/main/resources/responses.yaml", duplicate.file());
        assertEquals(5, duplicate.line(), duplicate.toString());
    }

    @Test
    void aGlossaryProblemKeepsTheLineItsReaderGave() {
        DataFilesCheck.Located p = DataFilesCheck.locate(List.of("glossary.yaml:12: \"tdd\": alias \"TDD\" is the term"),
                Map.of()).getFirst();
        assertEquals("::error file=glossary/src/main/resources/glossary.yaml,line=12::\"tdd\": alias \"TDD\" is the term",
                p.annotation());
    }

    @Test
    void anInvalidYamlFileIsPlacedOnTheLineTheParserStoppedAt() {
        DataFilesCheck.Located p = DataFilesCheck.locate(List.of("xkcd.yaml: not valid YAML: mapping values are not "
                + "allowed here (line 7)"), Map.of()).getFirst();
        assertEquals(7, p.line());
    }

    @Test
    void anAnnotationEscapesWhatGitHubWouldReadAsItsOwnSyntax() {
        DataFilesCheck.Located p = new DataFilesCheck.Located("a,b:c.yaml", 3, "50% done\nnext");
        assertEquals("::error file=a%2Cb%3Ac.yaml,line=3::50%25 done%0Anext", p.annotation());
    }

    @Test
    void aCommunityProblemIsPlacedOnTheSectionItNames() {
        String community = """
                newbies_channel: newbies
                recommended_channels:
                  - channel: general
                    why: talk
                  - channel: general
                    why: again
                """;
        List<String> problems;
        try {
            Content.community(Content.COMMUNITY, community);
            problems = List.of();
        } catch (ConfigException e) {
            problems = e.problems();
        }
        List<DataFilesCheck.Located> located = DataFilesCheck.locate(problems, Map.of(Content.COMMUNITY, community));
        assertTrue(located.stream().anyMatch(p -> p.message().contains("listed twice") && p.line() == 2), located
                .toString());
    }

    private static List<String> problems() {
        try {
            AppDefinition.define(App.of("check", app -> Content.register(app, Content.REACTIONS, REACTIONS,
                    Content.RESPONSES, RESPONSES)), ProcessServices.offline(new Env(Map.of()), new Keys("t:")));
            return List.of();
        } catch (ConfigException e) {
            return e.problems();
        }
    }
}
