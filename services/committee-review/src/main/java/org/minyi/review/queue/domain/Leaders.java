package org.minyi.review.queue.domain;

import java.util.List;
import java.util.Optional;

/** The leaders of the county's reference data, in its order. */
public interface Leaders {

    Optional<Leader> find(String code);

    List<Leader> all();
}
