package dev.gopherbot.apps.gopherbot.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code d/} and {@code ghd/}: which paths become pkg.go.dev links, and what a bad one is told. */
class PackageDocsTest {
    @ParameterizedTest(name = "[{index}] d/{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            fmt                                         => https://pkg.go.dev/fmt
            net/http#Client.Do                          => https://pkg.go.dev/net/http#Client.Do
            golang.org/x/tools/gopls@v0.16.0            => https://pkg.go.dev/golang.org/x/tools/gopls@v0.16.0
            gopkg.in/yaml.v3                            => https://pkg.go.dev/gopkg.in/yaml.v3
            github.com/go-chi/chi/v5                    => https://pkg.go.dev/github.com/go-chi/chi/v5
            <http://github.com/a/b|github.com/a/b>      => https://pkg.go.dev/github.com/a/b
            <https://example.com/mod>                   => https://pkg.go.dev/example.com/mod
            """)
    void anImportPathBecomesAPkgGoDevLink(String argument, String url) {
        assertEquals(url, ((PackageDocs.Link) PackageDocs.docs(argument)).url());
    }

    @ParameterizedTest(name = "[{index}] ghd/{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            spf13/cobra                     => https://pkg.go.dev/github.com/spf13/cobra
            GitHub.com/spf13/cobra          => https://pkg.go.dev/github.com/spf13/cobra
            stretchr/testify/require#Equal  => https://pkg.go.dev/github.com/stretchr/testify/require#Equal
            a-b/c.d_e@latest                => https://pkg.go.dev/github.com/a-b/c.d_e@latest
            """)
    void aGitHubRepositoryBecomesAPkgGoDevLink(String argument, String url) {
        assertEquals(url, ((PackageDocs.Link) PackageDocs.gitHubDocs(argument)).url());
    }

    @ParameterizedTest(name = "[{index}] d/{0}")
    @CsvSource(delimiterString = "=>", emptyValue = "", textBlock = """
            ''                      => Which package?
            /net/http               => no `/` at its start or end
            net/http/               => no `/` at its start or end
            net//http               => no empty parts
            net/ht tp               => `ht tp` cannot be part of an import path
            ../etc/passwd           => `..` cannot be part of an import path
            example.com/.hidden     => `.hidden` cannot be part of an import path
            net/http#Do()           => `#Do()` is not a Go identifier
            net/http@v1 2           => `@v1 2` is not a version
            """)
    void aBadImportPathIsExplained(String argument, String expected) {
        assertProblem(PackageDocs.docs(argument), expected);
    }

    @ParameterizedTest(name = "[{index}] ghd/{0}")
    @CsvSource(delimiterString = "=>", emptyValue = "", textBlock = """
            ''                      => Which repository?
            spf13                   => Add the repository after the owner: `ghd/spf13/<repo>`.
            spf13/                  => Add the repository after the owner
            -spf13/cobra            => `-spf13` is not a GitHub user or organisation name
            a--b/c                  => `a--b` is not a GitHub user
            spf13/co bra            => `co bra` cannot be part of an import path
            """)
    void aBadRepositoryIsExplained(String argument, String expected) {
        assertProblem(PackageDocs.gitHubDocs(argument), expected);
    }

    @Test
    void anAbsurdlyLongPathIsRefused() {
        assertProblem(PackageDocs.docs("a/".repeat(200) + "b"), "longer than any import path");
    }

    private static void assertProblem(PackageDocs.Answer answer, String expected) {
        assertInstanceOf(PackageDocs.Problem.class, answer, String.valueOf(answer));
        String text = ((PackageDocs.Problem) answer).text();
        assertTrue(text.contains(expected), text);
    }
}
