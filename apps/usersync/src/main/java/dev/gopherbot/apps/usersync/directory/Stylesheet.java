package dev.gopherbot.apps.usersync.directory;

import dev.gopherbot.app.web.PageHandler;
import dev.gopherbot.app.web.PageRequest;
import dev.gopherbot.app.web.PageResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code /web/usersync/directory.css}, read once from the jar: the directory's styles, served from 'self'. */
public final class Stylesheet implements PageHandler {
    public static final String SEGMENT = "directory.css";
    private static final String RESOURCE = "/usersync/directory.css";

    private final String css;

    public Stylesheet() {
        try (InputStream in = Stylesheet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public PageResponse render(PageRequest request) {
        return PageResponse.stylesheet(css);
    }
}
