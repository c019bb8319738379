package org.minyi.followup.notification.delivery;

import org.minyi.followup.notification.application.DeliveryChannel;
import org.minyi.followup.notification.domain.Notice;
import org.minyi.followup.notification.domain.NoticeTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The local channel: each notification is written to the log, as an SMS gateway would receive it. */
public final class LoggingChannel implements DeliveryChannel {

    private static final Logger log = LoggerFactory.getLogger(LoggingChannel.class);

    @Override
    public String name() {
        return "log";
    }

    @Override
    public boolean deliversAtOnce() {
        return true;
    }

    @Override
    public void deliver(Notice notice) {
        log.info("Notification {} to {}: {} / {}", notice.noticeId(), notice.recipient(), NoticeTexts.zh(notice),
                NoticeTexts.en(notice));
    }
}
