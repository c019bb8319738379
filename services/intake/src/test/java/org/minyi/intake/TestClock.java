package org.minyi.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Intake's clock in integration tests: the real time until a test moves it (and puts it back). */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    @Bean
    @Primary
    Movable movableClock() {
        return new Movable();
    }

    public static final class Movable extends Clock {

        private volatile Duration offset = Duration.ZERO;

        public void advance(Duration by) {
            offset = offset.plus(by);
        }

        public void reset() {
            offset = Duration.ZERO;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
