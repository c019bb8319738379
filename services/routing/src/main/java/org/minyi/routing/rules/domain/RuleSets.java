package org.minyi.routing.rules.domain;

import java.util.List;
import java.util.Optional;

/** Every version of the rules ever put in force; the highest is the one in force. Versions are never changed. */
public interface RuleSets {

    Optional<RuleSet> current();

    Optional<RuleSet> version(int version);

    /** Every version, newest first, without their rules' details beyond the count. */
    List<RuleSet> history();

    /**
     * Stores a new version; when another writer stored that version number first, throws the chassis's
     * {@code ConcurrentWrite} (nothing written).
     */
    void add(RuleSet rules);
}
