package org.minyi.chassis.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings every service runs with — Kafka producers that wait for every in-sync replica and are
 * idempotent, consumers that commit after processing, bindings whose retries are the container's,
 * actuator exposure, trace sampling — from {@code minyi-chassis-defaults.yml}, at the lowest precedence:
 * a service's own {@code application.yml}, the environment and the command line all override them.
 */
public class ChassisDefaults implements EnvironmentPostProcessor, Ordered {

    static final String NAME = "minyi-chassis-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(NAME)) {
            return;
        }
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(NAME,
                    new ClassPathResource(NAME + ".yml"))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the chassis defaults cannot be read", e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
