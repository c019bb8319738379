package org.minyi.review.queue.domain;

import java.util.Objects;

/**
 * A Party or government leader reports may be sent to (reference data {@code leaders}).
 *
 * @param title e.g. 县长; {@code name} e.g. 李明
 */
public record Leader(String code, String name, String title, Level level) {

    public Leader {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
    }

    /** The level of government the leader belongs to. */
    public enum Level {
        COUNTY, CITY, PROVINCE, NATIONAL
    }
}
