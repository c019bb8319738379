package org.minyi.dashboard.reference.domain;

/** Where the roster comes from: the reference data, seeded once into the dashboard's own database. */
public interface Rosters {

    Roster current();
}
