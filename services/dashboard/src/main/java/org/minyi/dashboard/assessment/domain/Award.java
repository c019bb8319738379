package org.minyi.dashboard.assessment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one event earned as a whole, before it is shared among authors: the basis of the members'
 * entries and of the points of stations and sectors (which get the whole, once per event).
 *
 * @param townships the townships of the report's parts (a composite's constituents each bring theirs)
 * @param sectors   the sectors its parts count for
 * @param authors   everyone who wrote a part
 */
public record Award(Item item, Level level, Mode mode, String reportId, String trackingNumber, LocalDate on,
                    BigDecimal points, List<String> townships, List<String> sectors, List<String> authors,
                    List<UUID> eventIds) {

    public Award {
        townships = List.copyOf(townships);
        sectors = List.copyOf(sectors);
        authors = List.copyOf(authors);
        eventIds = List.copyOf(eventIds);
    }
}
