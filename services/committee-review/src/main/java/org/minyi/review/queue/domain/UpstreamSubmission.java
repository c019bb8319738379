package org.minyi.review.queue.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The office sent an adopted report up to the city, provincial or national CPPCC (报送上级政协): one line of the
 * upstream ledger, answered later — or never — by an {@link UpstreamAdoption} that names it. One per level and
 * day: the same report goes to the same CPPCC once a day.
 *
 * @param id          assigned when recorded; an adoption names the submission it answers by it
 * @param submittedOn the day it was sent, in the county's calendar
 * @param channel     how it was sent, in the office's words (信息专报, 网络报送…)
 */
public record UpstreamSubmission(String id, UpstreamAdoption.Level level, LocalDate submittedOn, String channel,
                                 String submittedBy, Instant submittedAt) {

    public UpstreamSubmission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    /** Sent to the same CPPCC on the same day: the ledger holds one such line. */
    public boolean isOn(UpstreamAdoption.Level atLevel, LocalDate day) {
        return level == atLevel && submittedOn.equals(day);
    }

    /** What an adoption may answer: the same level, sent on or before the day it was adopted. */
    public boolean mayBeAnsweredBy(UpstreamAdoption adoption) {
        return level == adoption.level() && !submittedOn.isAfter(adoption.adoptedOn());
    }
}
