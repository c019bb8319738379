package org.minyi.followup.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.minyi.chassis.events.InboundEvent;
import org.minyi.followup.notification.application.DeliveringNotices;
import org.minyi.followup.notification.application.DeliveryChannel;
import org.minyi.followup.notification.application.ReadingFeed;
import org.minyi.followup.notification.application.ReceivingNotices;
import org.minyi.followup.notification.application.RetryPolicy;
import org.minyi.followup.notification.delivery.LoggingChannel;
import org.minyi.followup.notification.delivery.SmtpChannel;
import org.minyi.followup.notification.messaging.NotificationsListener;
import org.minyi.followup.notification.persistence.MongoFeeds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.MailSender;
import org.springframework.messaging.Message;

/**
 * Feeds and delivery channels. Every {@link DeliveryChannel} bean is a channel: the logging one unless
 * switched off ({@code minyi.notifications.log.enabled}), the SMTP one only when
 * {@code minyi.notifications.smtp.enabled=true} (it then needs {@code spring.mail.host}, which also
 * switches Boot's mail sender on; without it there is none).
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    MongoFeeds feeds(MongoTemplate mongo) {
        MongoFeeds feeds = new MongoFeeds(mongo);
        feeds.createIndexes();
        return feeds;
    }

    @Bean
    @ConditionalOnProperty(name = "minyi.notifications.log.enabled", havingValue = "true", matchIfMissing = true)
    LoggingChannel loggingChannel() {
        return new LoggingChannel();
    }

    @Bean
    @ConditionalOnProperty(name = "minyi.notifications.smtp.enabled", havingValue = "true")
    SmtpChannel smtpChannel(ObjectProvider<MailSender> mail,
                            @Value("${minyi.notifications.smtp.from}") String from,
                            @Value("${minyi.notifications.smtp.address-template}") String addressTemplate) {
        MailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("minyi.notifications.smtp.enabled needs spring.mail.host");
        }
        return new SmtpChannel(sender, from, addressTemplate);
    }

    @Bean
    RetryPolicy deliveryRetry(@Value("${minyi.notifications.retry.first:30s}") Duration first,
                              @Value("${minyi.notifications.retry.longest:1h}") Duration longest,
                              @Value("${minyi.notifications.retry.max-attempts:10}") int maxAttempts) {
        return new RetryPolicy(first, longest, maxAttempts);
    }

    @Bean
    DeliveringNotices deliveringNotices(MongoFeeds feeds, List<DeliveryChannel> channels, RetryPolicy retry,
                                        Clock clock, MeterRegistry meters) {
        Counter gaveUp = Counter.builder("minyi.notifications.given.up")
                .description("deliveries given up after their last failed attempt").register(meters);
        return new DeliveringNotices(feeds, channels, retry, clock, gaveUp::increment);
    }

    @Bean
    ReceivingNotices receivingNotices(MongoFeeds feeds, List<DeliveryChannel> channels, Clock clock) {
        return new ReceivingNotices(feeds, channels, clock);
    }

    @Bean
    ReadingFeed readingFeed(MongoFeeds feeds, Clock clock) {
        return new ReadingFeed(feeds, clock);
    }

    /** Binding {@code notifications-in-0}: follow-up's own {@code followup.notifications}, into the feeds. */
    @Bean
    Consumer<Message<byte[]>> notifications(ReceivingNotices receiving) {
        return InboundEvent.consumer(new NotificationsListener(receiving));
    }
}
