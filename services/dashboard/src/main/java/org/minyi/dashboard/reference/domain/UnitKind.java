package org.minyi.dashboard.reference.domain;

/** The bodies that have yearly targets; a station is coded by its township. */
public enum UnitKind {
    COMMITTEE, STATION, SECTOR
}
