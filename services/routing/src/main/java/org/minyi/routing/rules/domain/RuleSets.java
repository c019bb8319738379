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
     * Stores a new version.
     *
     * @throws VersionTaken when another writer stored that version number first
     */
    void add(RuleSet rules);

    /** Another writer put a version with the same number in force first. */
    class VersionTaken extends RuntimeException {

        public VersionTaken(int version) {
            super("rules version " + version + " exists already");
        }
    }
}
