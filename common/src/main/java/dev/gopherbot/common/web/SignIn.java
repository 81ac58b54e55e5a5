package dev.gopherbot.common.web;

/** What a valid sign-in link says: who it signs in, and which page of the site to open afterwards. */
public record SignIn(Viewer viewer, String path) {
}
