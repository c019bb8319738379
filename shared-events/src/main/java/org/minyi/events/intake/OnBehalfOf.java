package org.minyi.events.intake;

/** A report written in the name of a sector, party, group or station rather than of its authors. */
public record OnBehalfOf(Kind kind, String name) {

    public enum Kind {
        MEMBER, SECTOR, PARTY, GROUP, STATION
    }
}
