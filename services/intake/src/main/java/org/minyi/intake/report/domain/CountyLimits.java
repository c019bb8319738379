package org.minyi.intake.report.domain;

import java.util.Map;
import java.util.Objects;

/** The length limits of each county: its own where it set them, the platform's default otherwise. */
public final class CountyLimits {

    private final LengthLimits defaults;
    private final Map<String, LengthLimits> byCounty;

    public CountyLimits(LengthLimits defaults, Map<String, LengthLimits> byCounty) {
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.byCounty = Map.copyOf(byCounty);
    }

    public static CountyLimits standard() {
        return new CountyLimits(LengthLimits.STANDARD, Map.of());
    }

    public LengthLimits of(String county) {
        return county == null ? defaults : byCounty.getOrDefault(county, defaults);
    }

    public LengthLimits defaults() {
        return defaults;
    }
}
