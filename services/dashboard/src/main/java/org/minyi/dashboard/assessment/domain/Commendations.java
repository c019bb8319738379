package org.minyi.dashboard.assessment.domain;

import java.util.List;

/** A year's commendation candidates, each list ranked (README, "Commendations"). */
public record Commendations(int year, List<Candidate> individuals, List<Candidate> stations,
                            List<Candidate> sectors) {

    public Commendations {
        individuals = List.copyOf(individuals);
        stations = List.copyOf(stations);
        sectors = List.copyOf(sectors);
    }
}
