package jp.kyodoflow.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.groups.events.GroupApplicationRefused;
import jp.kyodoflow.groups.events.GroupCase;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events to notices: the audit line and the notice (with its mail) commit or roll back with the decision, written
 * together at the commit (one statement each for all of a transaction's rows); a notice that cannot be written
 * fails the decision; nothing goes through the event publication registry any more.
 */
@IntegrationTest
class NoticeDeliveryTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired NoticeService notices;
    @Autowired AuditTrail audit;
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
    void aNoticeThatCannotBeWrittenFailsTheDecisionAndLeavesNothingHalfDone() {
        long caseId = 990_003;
        // a notice without a recipient cannot be written: the decision does not stand without its notice
        assertThatThrownBy(() -> tx.executeWithoutResult(status ->
                events.publishEvent(new GroupApplicationRefused(caseId, null, "宛先のない通知", "coord1"))))
                .hasMessageContaining("a notice needs a recipient");

        assertThat(audit.history(GroupCase.TYPE, caseId)).isEmpty();
        assertThat(notices.forCase(GroupCase.TYPE, caseId)).isEmpty();
    }

    @Test
    void theNoticesAndAuditLinesOfOneTransactionGoInWithOneStatementEachAndAreReadableInIt() {
        long first = 990_004;
        long second = 990_005;
        long mailsBefore = jdbc.queryForObject("select count(*) from mail_outbox", Long.class);
        var counted = SqlStatements.count(() -> tx.executeWithoutResult(status -> {
            events.publishEvent(new GroupApplicationRefused(first, "applicant1", "一件目", "coord1"));
            events.publishEvent(new GroupApplicationRefused(second, "applicant2", "二件目", "coord1"));
            // a read in the same transaction sees its own rows
            assertThat(notices.forCase(GroupCase.TYPE, first)).hasSize(1);
            assertThat(audit.history(GroupCase.TYPE, second)).hasSize(1);
        }));
        assertThat(notices.forCase(GroupCase.TYPE, second)).singleElement()
                .satisfies(n -> assertThat(n.body()).isEqualTo("申請を受理できませんでした。理由：二件目"));
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Long.class)).isEqualTo(mailsBefore + 2);
        assertThat(counted.ours()).as(counted.toString())
                .filteredOn(sql -> sql.contains("insert into case_event")).hasSize(1); // both, at the read
        assertThat(counted.ours()).as(counted.toString())
                .filteredOn(sql -> sql.contains("insert into notice")).hasSize(1);
        assertThat(counted.ours()).as(counted.toString())
                .filteredOn(sql -> sql.contains("event_publication")).isEmpty();

        var together = SqlStatements.count(() -> tx.executeWithoutResult(status -> {
            events.publishEvent(new GroupApplicationRefused(first + 10, "applicant1", "三件目", "coord1"));
            events.publishEvent(new GroupApplicationRefused(second + 10, "applicant2", "四件目", "coord1"));
        }));
        assertThat(together.ours()).as(together.toString())
                .filteredOn(sql -> sql.contains("insert into case_event")).hasSize(1);
        assertThat(together.ours()).as(together.toString())
                .filteredOn(sql -> sql.contains("insert into notice")).hasSize(1);
        assertThat(together.own()).as(together.toString()).isLessThanOrEqualTo(3);
    }
}
