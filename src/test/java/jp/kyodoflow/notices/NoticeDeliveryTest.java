package jp.kyodoflow.notices;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.groups.events.GroupApplicationRefused;
import jp.kyodoflow.groups.events.GroupCase;
import jp.kyodoflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events to notices: the audit line commits or rolls back with the decision; the notice follows the
 * commit; a notice that could not be written is kept in the event publication registry and sent again.
 */
@IntegrationTest
class NoticeDeliveryTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired NoticeService notices;
    @Autowired AuditTrail audit;
    @Autowired OutstandingNotices outstanding;
    @Autowired JdbcTemplate jdbc;

    long outstandingRows() {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
    }

    @Test
    void aDecisionThatRollsBackTellsNobodyAndLeavesNoHistory() {
        long caseId = 990_001;
        tx.executeWithoutResult(status -> {
            events.publishEvent(new GroupApplicationRefused(caseId, "applicant1", "取り消される決定", "coord1"));
            status.setRollbackOnly();
        });

        assertThat(audit.history(GroupCase.TYPE, caseId)).isEmpty();
        assertThat(notices.forCase(GroupCase.TYPE, caseId)).isEmpty();
    }

    @Test
    void aCommittedDecisionLeavesItsHistoryAndItsNoticeAndNoOutstandingPublication() {
        long caseId = 990_002;
        long before = outstandingRows();
        tx.executeWithoutResult(status ->
                events.publishEvent(new GroupApplicationRefused(caseId, "applicant1", "活動実績が確認できません", "coord1")));

        assertThat(audit.history(GroupCase.TYPE, caseId)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo("REFUSED"))
                .satisfies(e -> assertThat(e.actor()).isEqualTo("coord1"));
        assertThat(notices.forCase(GroupCase.TYPE, caseId)).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo("REFUSED"))
                .satisfies(n -> assertThat(n.body()).isEqualTo("申請を受理できませんでした。理由：活動実績が確認できません"));
        assertThat(outstandingRows()).isEqualTo(before);
    }

    @Test
    void aNoticeThatFailedIsKeptAndSentAgainWhileTheDecisionStands() {
        long caseId = 990_003;
        // a notice without a recipient cannot be stored (notice.recipient_id is not null): the listener fails
        tx.executeWithoutResult(status ->
                events.publishEvent(new GroupApplicationRefused(caseId, null, "宛先のない通知", "coord1")));

        assertThat(audit.history(GroupCase.TYPE, caseId)).hasSize(1);
        assertThat(notices.forCase(GroupCase.TYPE, caseId)).isEmpty();
        String id = jdbc.queryForObject("select id::text from event_publication where completion_date is null"
                + " and serialized_event like ?", String.class, "%" + caseId + "%");

        // the cause goes away (here: the recipient is known again) and the next check sends it, once
        jdbc.update("update event_publication set serialized_event = replace(serialized_event, '\"applicantUserId\":null',"
                + " '\"applicantUserId\":\"applicant1\"'), publication_date = publication_date - interval '1 day'"
                + " where id = ?::uuid", id);
        outstanding.resend();

        assertThat(notices.forCase(GroupCase.TYPE, caseId)).singleElement()
                .satisfies(n -> assertThat(n.body()).isEqualTo("申請を受理できませんでした。理由：宛先のない通知"));
        assertThat(jdbc.queryForObject("select count(*) from event_publication where id = ?::uuid", Long.class, id))
                .isZero();
        outstanding.resend();
        assertThat(notices.forCase(GroupCase.TYPE, caseId)).hasSize(1);
    }
}
