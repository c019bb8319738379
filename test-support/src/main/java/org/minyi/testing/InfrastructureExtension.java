package org.minyi.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the test infrastructure before the first test class that needs it and points Spring at it.
 * With the embedded variant it sets {@code spring.kafka.bootstrap-servers} and
 * {@code spring.mongodb.uri} as system properties; with containers {@link ContainersConfiguration}
 * hands them over through {@code @ServiceConnection}. Either way it also points resource servers at
 * the test token issuer ({@link TestTokens}).
 */
public class InfrastructureExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestInfrastructure.Endpoints endpoints = TestInfrastructure.start();
        if (!endpoints.containers()) {
            System.setProperty("spring.kafka.bootstrap-servers", endpoints.kafkaBootstrapServers());
            System.setProperty("spring.mongodb.uri", endpoints.mongoUri());
        }
        System.setProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens.jwkSetUri());
        System.setProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.ISSUER);
    }
}
