package org.minyi.chassis.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code minyi.api.*}: how the service's OpenAPI document introduces it. */
@ConfigurationProperties("minyi.api")
public class ApiProperties {

    /** The document's title, Chinese first ({@code 民意 Minyi — 受理 intake}). */
    private String title = "民意 Minyi";
    /** What the service does, Chinese first, English beside it. */
    private String description = "";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
