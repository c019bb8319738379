package org.minyi.followup;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The clock every time rule reads, moved by the tests, and a channel that fails before it delivers. */
@TestConfiguration(proxyBeanMethods = false)
public class FollowUpTestConfiguration {

    @Bean
    @Primary
    AdjustableClock adjustableClock() {
        return new AdjustableClock();
    }

    @Bean
    FlakyChannel flakyChannel() {
        return new FlakyChannel();
    }
}
