package dev.gopherbot.consumer.suggest;

import java.util.Optional;

/** The community-approved glossary terms, by name: what {@link Definitions} consults after the glossary file. */
@FunctionalInterface
public interface CommunityTerms {
    /** No community terms (tests, tools that only need the glossary file). */
    CommunityTerms NONE = name -> Optional.empty();

    /** The approved suggestion whose term or alias is {@code name}, compared as the glossary compares names. */
    Optional<Suggestion> approvedByName(String name);

    /**
     * The store as commands see it. Commands are registered before the consumer connects to Redis, so that a bad
     * data file stops the start before anything connects; this is bound to the store as soon as the shared
     * connection exists, before the first entry is read (as the channel cache is).
     */
    final class Bound implements CommunityTerms {
        private volatile CommunityTerms terms;

        public void bind(CommunityTerms terms) {
            this.terms = terms;
        }

        @Override
        public Optional<Suggestion> approvedByName(String name) {
            CommunityTerms t = terms;
            if (t == null) {
                throw new IllegalStateException("community terms were read before the consumer connected to Redis");
            }
            return t.approvedByName(name);
        }
    }
}
