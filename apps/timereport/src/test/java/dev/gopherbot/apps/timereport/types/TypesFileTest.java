package dev.gopherbot.apps.timereport.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gopherbot.common.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypesFileTest {
    @Test
    void theShippedTypesAreValid() {
        ReportTypes types = TypesFile.loadDefault();

        assertEquals("vacation, sick, vab, parental, overtime", types.names());
        assertEquals(":palm_tree:", types.find("VACATION").orElseThrow().emoji().orElseThrow());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            - name: vacation\\n  description: Paid\\n  color: red | types.yaml: entry 1 "vacation": unknown field "color" (a type has name, description and emoji)
            - description: Paid                                | types.yaml: entry 1: missing "name"
            - name: Vacation Days\\n  description: Paid           | types.yaml: entry 1 "Vacation Days": name must be lower case letters, digits and dashes, 2-20 characters, starting with a letter (it is typed after /timereport add)
            - name: today\\n  description: Paid                  | types.yaml: entry 1 "today": "today" already means something in the command; choose another name
            - name: sick\\n  description: Off\\n- name: sick\\n  description: Again | types.yaml: entry 2 "sick": duplicates the name of entry 1
            - name: sick                                       | types.yaml: entry 1 "sick": missing "description" (help shows it)
            - name: sick\\n  description: Off\\n  emoji: palm   | types.yaml: entry 1 "sick": emoji must look like :palm_tree: (quote it in YAML: emoji: ":palm_tree:")
            - just a word                                      | types.yaml: entry 1: expected fields such as "name: vacation", not string
            name: vacation                                     | types.yaml: expected a list of types, each starting with "- name: "
            '#' nothing here                                   | types.yaml: no types: add at least one entry such as "- name: vacation"
            - name: sick\\n  name: ill\\n  description: Off     | types.yaml: not valid YAML: Duplicate field 'name' (line 2)
            """)
    void eachMistakeIsNamedWithItsEntry(String yaml, String problem) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> TypesFile.parse("types.yaml", yaml.replace("\\n", "\n").replace("'#'", "#")));

        assertEquals(List.of(problem), e.problems());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ConfigException e = assertThrows(ConfigException.class, () -> TypesFile.parse("types.yaml", """
                - name: sick
                - name: x
                  description: Too short a name
                """));

        assertEquals(2, e.problems().size(), e.problems().toString());
    }
}
