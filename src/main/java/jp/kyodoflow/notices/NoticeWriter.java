package jp.kyodoflow.notices;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.common.PerTransaction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the notices of a transaction and their e-mail (mail_outbox, one row per address) just before it commits:
 * the notice and its mail exist exactly when the decision does, and sending the mail ({@link MailOutboxSender})
 * happens later, outside every decision. However many notices a decision makes, the addresses are read in one or
 * two statements ({@link MailRecipients}) and the notices and their mail go in with one more.
 */
@Component
class NoticeWriter {

    /** A notice to write, and which page its mail links to. */
    record Unwritten(String recipientType, String recipientId, String kind, String title, String body, String caseType,
                     Long caseId, java.time.OffsetDateTime createdAt, Long civicGroupId, NoticeTemplates.Page page) {
        MailRecipients.Recipient recipient() {
            return new MailRecipients.Recipient(recipientType, recipientId);
        }
    }

    private final JdbcTemplate jdbc;
    private final NoticeTemplates templates;
    private final NoticeMailProperties config;
    private final MailRecipients recipients;
    private final PerTransaction<Unwritten> unwritten;

    NoticeWriter(JdbcTemplate jdbc, NoticeTemplates templates, NoticeMailProperties config, MailRecipients recipients) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.config = config;
        this.recipients = recipients;
        this.unwritten = new PerTransaction<>("notice", this::write);
    }

    void add(Unwritten notice) {
        if (notice.recipientId() == null || notice.recipientId().isBlank()) {
            // a programming error, refused where it happens rather than at the commit
            throw new IllegalArgumentException("a notice needs a recipient: " + notice.kind() + " " + notice.title());
        }
        unwritten.add(notice);
    }

    /** Writes this transaction's notices so far (a read of notices in the same transaction sees them). */
    void flush() {
        unwritten.flush();
    }

    private void write(List<Unwritten> notices) {
        Map<MailRecipients.Recipient, Set<String>> to = config.enabled()
                ? recipients.addresses(new LinkedHashSet<>(notices.stream().map(Unwritten::recipient).toList()))
                : Map.of();
        // the demo keeps its mails at once (CAPTURED), so the mail page shows them as soon as the notice exists
        String status = config.capture() ? "CAPTURED" : "PENDING";
        List<Integer> mailOf = new ArrayList<>();
        List<String> address = new ArrayList<>();
        List<String> subject = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (int i = 0; i < notices.size(); i++) {
            Unwritten n = notices.get(i);
            Set<String> addresses = to.getOrDefault(n.recipient(), Set.of());
            if (addresses.isEmpty()) {
                continue;
            }
            var mail = templates.mail(new NoticeTemplates.Text(n.title(), n.body()), n.page(), config.baseUrl());
            for (String a : addresses) {
                mailOf.add(i + 1);
                address.add(a);
                subject.add(mail.title());
                body.add(mail.body());
            }
        }
        jdbc.update(con -> {
            // ids first (a materialised step, evaluated once), so that each mail row names its notice
            PreparedStatement ps = con.prepareStatement("""
                    with n as materialized (
                      select nextval(pg_get_serial_sequence('notice', 'id')) as id, x.*
                        from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::varchar[],
                                    ?::bigint[], ?::timestamptz[], ?::bigint[]) with ordinality
                             as x (recipient_type, recipient_id, kind, title, body, case_type, case_id, created_at,
                                   civic_group_id, ord)
                       order by x.ord),
                    saved as (
                      insert into notice (id, recipient_type, recipient_id, kind, title, body, case_type, case_id,
                                          created_at, civic_group_id)
                      select id, recipient_type, recipient_id, kind, title, body, case_type, case_id, created_at,
                             civic_group_id from n order by ord)
                    insert into mail_outbox (notice_id, to_address, subject, body, status, attempts, next_attempt_at,
                                             created_at)
                    select n.id, m.to_address, m.subject, m.body, ?, 0, n.created_at, n.created_at
                      from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::text[]) with ordinality
                           as m (notice_ord, to_address, subject, body, ord)
                      join n on n.ord = m.notice_ord
                     order by m.ord""");
            ps.setArray(1, con.createArrayOf("varchar", notices.stream().map(Unwritten::recipientType).toArray()));
            ps.setArray(2, con.createArrayOf("varchar", notices.stream().map(Unwritten::recipientId).toArray()));
            ps.setArray(3, con.createArrayOf("varchar", notices.stream().map(Unwritten::kind).toArray()));
            ps.setArray(4, con.createArrayOf("varchar", notices.stream().map(Unwritten::title).toArray()));
            ps.setArray(5, con.createArrayOf("text", notices.stream().map(Unwritten::body).toArray()));
            ps.setArray(6, con.createArrayOf("varchar", notices.stream().map(Unwritten::caseType).toArray()));
            ps.setArray(7, con.createArrayOf("bigint", notices.stream().map(Unwritten::caseId).toArray()));
            ps.setArray(8, con.createArrayOf("timestamptz",
                    notices.stream().map(n -> n.createdAt().toString()).toArray()));
            ps.setArray(9, con.createArrayOf("bigint", notices.stream().map(Unwritten::civicGroupId).toArray()));
            ps.setString(10, status);
            ps.setArray(11, con.createArrayOf("bigint", mailOf.stream().map(Integer::longValue).toArray()));
            ps.setArray(12, con.createArrayOf("varchar", address.toArray()));
            ps.setArray(13, con.createArrayOf("varchar", subject.toArray()));
            ps.setArray(14, con.createArrayOf("text", body.toArray()));
            return ps;
        });
    }
}
