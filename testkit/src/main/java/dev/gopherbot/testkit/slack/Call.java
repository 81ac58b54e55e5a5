package dev.gopherbot.testkit.slack;

import java.util.Map;

/**
 * One Web API call the fake received: the method, its parameters, and how the fake answered.
 *
 * @param httpStatus the HTTP status the fake returned
 * @param error      Slack's {@code error} when it answered {@code ok:false}, else null
 */
public record Call(String method, Map<String, String> params, int httpStatus, String error) {
    public boolean succeeded() {
        return httpStatus == 200 && error == null;
    }

    public String param(String name) {
        return params.get(name);
    }
}
