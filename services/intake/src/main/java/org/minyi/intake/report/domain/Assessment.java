package org.minyi.intake.report.domain;

import java.util.Objects;

/**
 * What intake found when it checked one submission: its quality, and the county and wording signature
 * under which later submissions are compared with it ({@code signature} is {@code null} for a text
 * without letters or digits).
 */
public record Assessment(Quality quality, String county, Signature signature) {

    public static final Assessment NONE = new Assessment(Quality.NONE, null, null);

    public Assessment {
        Objects.requireNonNull(quality, "quality");
    }
}
