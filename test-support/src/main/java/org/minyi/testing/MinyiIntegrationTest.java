package org.minyi.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;

/**
 * Marks a Spring integration test that runs against the real test infrastructure: a Kafka broker,
 * a MongoDB-wire server and the test token issuer, shared by every test class of the JVM. Combine
 * with {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(InfrastructureExtension.class)
@Import(ContainersConfiguration.class)
public @interface MinyiIntegrationTest {
}
