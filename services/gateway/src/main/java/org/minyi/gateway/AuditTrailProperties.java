package org.minyi.gateway;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the merged audit trail ({@code GET /api/audit/reports/{id}}) asks: each service's name and base
 * address ({@code minyi.audit.services.<name>}), and how long it waits for each ({@code minyi.audit.timeout}).
 */
@ConfigurationProperties("minyi.audit")
record AuditTrailProperties(Map<String, String> services, Duration timeout) {

    AuditTrailProperties {
        services = services == null ? Map.of() : new LinkedHashMap<>(services);
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }
}
