package org.minyi.intake.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.minyi.intake.report.domain.CountyLimits;
import org.minyi.intake.report.domain.LengthLimits;

/**
 * {@code minyi.intake.limits}: the platform's length limits and each county's own, e.g.
 * {@code minyi.intake.limits.counties.qinghe.text=2000}. What a county leaves out it takes from the
 * platform's, which default to PRODUCT.md's (title 60, text 1,500, 1,000 advised).
 */
record LengthSettings(Integer title, Integer text, Integer advisedText, Map<String, LengthSettings> counties) {

    CountyLimits limits() {
        LengthLimits defaults = over(LengthLimits.STANDARD);
        Map<String, LengthLimits> byCounty = new LinkedHashMap<>();
        if (counties != null) {
            counties.forEach((county, own) -> byCounty.put(county, own.over(defaults)));
        }
        return new CountyLimits(defaults, byCounty);
    }

    private LengthLimits over(LengthLimits base) {
        return new LengthLimits(title == null ? base.title() : title, text == null ? base.text() : text,
                advisedText == null ? Math.min(base.advisedText(), text == null ? base.text() : text) : advisedText);
    }
}
