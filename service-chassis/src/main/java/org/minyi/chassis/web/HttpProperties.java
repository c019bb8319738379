package org.minyi.chassis.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code minyi.http.*}: limits on what a request may carry. */
@ConfigurationProperties("minyi.http")
public class HttpProperties {

    /** The largest body a request may have (413 beyond). */
    private DataSize maxBody = DataSize.ofKilobytes(64);
    /** Fields only the platform sets; a body that sends one is told so. */
    private Set<String> platformFields = new LinkedHashSet<>(List.of("id", "_id", "status", "trackingNumber",
            "revision", "sequence", "submittedBy", "submittedAt", "updatedAt", "createdAt", "version", "timeline",
            "quality", "previousStatus"));

    public DataSize getMaxBody() {
        return maxBody;
    }

    public void setMaxBody(DataSize maxBody) {
        this.maxBody = maxBody;
    }

    public Set<String> getPlatformFields() {
        return platformFields;
    }

    public void setPlatformFields(Set<String> platformFields) {
        this.platformFields = platformFields;
    }
}
