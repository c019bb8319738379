package org.minyi.followup.reference.domain;

import java.util.Objects;

/**
 * A Party or government leader reports are sent to (reference data {@code leaders}).
 *
 * @param title the leader's office (职务), e.g. 县长
 * @param level COUNTY, CITY, PROVINCE or NATIONAL
 */
public record Leader(String code, String name, String title, String level) {

    public Leader {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
