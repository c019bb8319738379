package org.minyi.leadership.inbox.domain;

import java.util.List;
import java.util.Optional;

/** The leaders of the reference data, by code. */
public interface Leaders {

    Optional<Leader> find(String code);

    /** Every leader, in the order of the reference data. */
    List<Leader> all();
}
