package org.minyi.followup.notification.delivery;

import org.minyi.followup.notification.application.DeliveryChannel;
import org.minyi.followup.notification.domain.Notice;
import org.minyi.followup.notification.domain.NoticeTexts;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;

/**
 * E-mail through an SMTP server ({@code spring.mail.*}). The address of a principal comes from a
 * template such as {@code {principal}@notify.example.gov.cn}; a failure (server away, refused) is
 * thrown, so the delivery is retried.
 */
public final class SmtpChannel implements DeliveryChannel {

    private final MailSender mail;
    private final String from;
    private final String addressTemplate;

    public SmtpChannel(MailSender mail, String from, String addressTemplate) {
        if (!addressTemplate.contains("{principal}")) {
            throw new IllegalArgumentException("the address template must contain {principal}: " + addressTemplate);
        }
        this.mail = mail;
        this.from = from;
        this.addressTemplate = addressTemplate;
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public void deliver(Notice notice) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(addressTemplate.replace("{principal}", notice.recipient()));
        message.setSubject("【民意】" + notice.trackingNumber() + " " + NoticeTexts.zh(notice));
        message.setText(NoticeTexts.zh(notice) + "\n\n" + NoticeTexts.en(notice) + "\n");
        mail.send(message);
    }
}
