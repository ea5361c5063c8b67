package jp.kyodoflow.notices;

import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as people read it on the demo's mail page (/demo/mails): the coordinator and administrators
 * see every mail, anyone else the mails to their own account's address. Open only where
 * {@code kyodo.mail.demo-page} is set (the demo profile).
 */
@Service
public class MailLog {

    /** One mail: status PENDING (送信待ち), SENT, CAPTURED (demo: kept, not sent) or FAILED. */
    public record MailView(long id, String to, String subject, String body, String status, int attempts,
                           String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt) {
    }

    static final int SHOWN = 200;

    private final JdbcTemplate jdbc;
    private final MailRecipients recipients;
    private final NoticeMailProperties config;

    MailLog(JdbcTemplate jdbc, MailRecipients recipients, NoticeMailProperties config) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.config = config;
    }

    /** Whether the demo's mail page exists here. */
    public boolean open() {
        return config.demoPage();
    }

    /** The newest mails the person may read (at most {@value #SHOWN}). */
    @Transactional(readOnly = true)
    public List<MailView> visibleTo(CurrentUser me) {
        String select = """
                select id, to_address, subject, body, status, attempts, last_error, created_at, sent_at
                from mail_outbox %s order by created_at desc, id desc limit %d""";
        if (me.has(Roles.COORDINATOR) || me.has(Roles.ADMIN) || me.has(Roles.CAMUNDA_ADMIN)) {
            return jdbc.query(select.formatted("", SHOWN), (rs, n) -> view(rs));
        }
        return recipients.addressOf(me.userId())
                .map(address -> jdbc.query(select.formatted("where lower(to_address) = lower(?)", SHOWN),
                        (rs, n) -> view(rs), address.trim()))
                .orElse(List.of());
    }

    private static MailView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new MailView(rs.getLong("id"), rs.getString("to_address"), rs.getString("subject"), rs.getString("body"),
                rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class));
    }
}
