package org.minyi.chassis.outbox;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

/** One relay for every {@link OutboxStore} the service declares, publishing through the Kafka template. */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnBean(OutboxStore.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OutboxPublisher outboxPublisher(KafkaTemplate<String, byte[]> kafka) {
        return OutboxPublisher.kafka(kafka);
    }

    @Bean
    OutboxRelays outboxRelays(ObjectProvider<OutboxStore> stores, OutboxPublisher publisher,
                              ObjectProvider<Clock> clock, OutboxProperties settings, MeterRegistry meters) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        List<OutboxRelay> relays = stores.orderedStream()
                .map(store -> new OutboxRelay(store, publisher, time, settings, meters)).toList();
        return new OutboxRelays(relays);
    }
}
