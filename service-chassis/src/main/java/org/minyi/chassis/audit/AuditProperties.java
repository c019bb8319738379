package org.minyi.chassis.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code minyi.audit.*}: what an entry names as the object of a request. */
@ConfigurationProperties("minyi.audit")
public class AuditProperties {

    /** Path variables that name the object, the first present wins ({@code id}, then e.g. {@code committee}). */
    private List<String> objectVariables = new ArrayList<>(List.of("id"));

    public List<String> getObjectVariables() {
        return objectVariables;
    }

    public void setObjectVariables(List<String> objectVariables) {
        this.objectVariables = objectVariables;
    }
}
