package dev.gopherbot.apps.gopherbot.suggest;

import java.util.Optional;

/** The community-approved glossary terms, by name: what {@link Definitions} consults after the glossary file. */
@FunctionalInterface
public interface CommunityTerms {
    /** No community terms (tests, tools that only need the glossary file). */
    CommunityTerms NONE = name -> Optional.empty();

    /** The approved suggestion whose term or alias is {@code name}, compared as the glossary compares names. */
    Optional<Suggestion> approvedByName(String name);
}
