package org.minyi.followup;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.minyi.testing.MinyiIntegrationTest;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Follow-up on the real broker and MongoDB-wire server, with a fast scheduler and the test clock, with
 * metrics (the Prometheus endpoint) and tracing as in production. Every IT class uses exactly this, so
 * they share one application context (one consumer in the group).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=follow_up_it",
        "minyi.scheduler.every=250ms",
        "minyi.scheduler.lease-ttl=3s",
        "minyi.notifications.deliver-every=150ms",
        "minyi.notifications.retry.first=150ms",
        "minyi.notifications.retry.longest=1s",
        "minyi.notifications.retry.max-attempts=5"})
@MinyiIntegrationTest
@Import(FollowUpTestConfiguration.class)
@AutoConfigureMetrics
@AutoConfigureTracing
public @interface FollowUpIntegrationTest {
}
