package org.minyi.routing.rules.application;

/** The rules were replaced since the version the office based its change on. */
public class StaleRules extends RuntimeException {

    private final int currentVersion;

    public StaleRules(int basedOn, int currentVersion) {
        super("the rules changed: the change is based on version " + basedOn + ", version " + currentVersion
                + " is in force");
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
