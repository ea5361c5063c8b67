package jp.kyodoflow.notices;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mail of a notice into mail_outbox, one row per address, in the notice's own transaction:
 * the mail exists exactly when the notice does, and sending it ({@link MailOutboxSender}) happens later,
 * outside every decision.
 */
@Component
class MailOutbox {

    private final JdbcTemplate jdbc;
    private final NoticeTemplates templates;
    private final NoticeMailProperties config;
    private final Clock clock;

    MailOutbox(JdbcTemplate jdbc, NoticeTemplates templates, NoticeMailProperties config, Clock clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.config = config;
        this.clock = clock;
    }

    void enqueue(Notice notice, Collection<String> addresses, NoticeTemplates.Page page) {
        if (!config.enabled() || addresses.isEmpty()) {
            return;
        }
        var mail = templates.mail(new NoticeTemplates.Text(notice.title, notice.body), page, config.baseUrl());
        OffsetDateTime now = OffsetDateTime.now(clock);
        // the demo keeps its mails at once (CAPTURED), so the mail page shows them as soon as the notice exists
        String status = config.capture() ? "CAPTURED" : "PENDING";
        for (String to : addresses) {
            jdbc.update("""
                    insert into mail_outbox (notice_id, to_address, subject, body, status, attempts, next_attempt_at, created_at)
                    values (?, ?, ?, ?, ?, 0, ?, ?)""", notice.id, to, mail.title(), mail.body(), status, now, now);
        }
    }
}
