package org.minyi.routing.rules.application;

/** No such version of the rules. */
public class RulesNotFound extends RuntimeException {

    public RulesNotFound(int version) {
        super("no rules version " + version);
    }
}
