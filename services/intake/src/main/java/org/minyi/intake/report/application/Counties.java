package org.minyi.intake.report.application;

import org.minyi.intake.reference.domain.ReferenceData;
import org.minyi.intake.reference.domain.ReferenceKind;

/**
 * Which county a township belongs to: the township's {@code county} in the reference data where a
 * platform serves several counties, else the county this deployment serves ({@code minyi.county}).
 */
public final class Counties {

    private final ReferenceData reference;
    private final String deploymentCounty;

    public Counties(ReferenceData reference, String deploymentCounty) {
        this.reference = reference;
        this.deploymentCounty = deploymentCounty;
    }

    public String of(String township) {
        return reference.find(ReferenceKind.TOWNSHIPS, township)
                .map(entry -> entry.attribute("county"))
                .filter(county -> !county.isBlank())
                .orElse(deploymentCounty);
    }
}
