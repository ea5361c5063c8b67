package jp.kyodoflow.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Map;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProjectSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** People who wait on people: due dates from configuration, one reminder, one escalation. */
@IntegrationTest
class TaskDeadlineRemindersTest {

    @Autowired ProjectSteps steps;
    @Autowired Flow flow;
    @Autowired TaskDeadlineReminders reminders;
    @Autowired NoticeService notices;

    @Test
    void aTaskIsRemindedBeforeItsDueDateAndEscalatedOnceOverdue() {
        var p = steps.raise("期限の確認");
        var task = flow.task(p.processInstanceId(), "Task_ConsiderCollaboration");
        assertThat(task.getDueDate()).as("default due date P14D").isNotNull();
        Instant due = task.getDueDate().toInstant();
        assertThat(Duration.between(Instant.now(), due).toDays()).isBetween(13L, 14L);

        int before = notices.visibleTo(flow.user("kosodate1")).size();
        reminders.sendDue(due.minus(Period.ofDays(1)));
        reminders.sendDue(due.minus(Period.ofDays(1)));
        assertThat(notices.visibleTo(flow.user("kosodate1"))).hasSizeGreaterThanOrEqualTo(before + 1)
                .filteredOn(n -> n.kind().equals("REMINDER") && n.title().contains("協働の検討")).isNotEmpty();
        long remindersForThisTask = notices.visibleTo(flow.user("kosodate1")).size() - before;

        int coordinatorBefore = notices.visibleTo(flow.user("coord1")).size();
        reminders.sendDue(due.plus(Period.ofDays(1)));
        reminders.sendDue(due.plus(Period.ofDays(2)));
        assertThat(notices.visibleTo(flow.user("coord1")).size()).isGreaterThan(coordinatorBefore);
        assertThat(notices.visibleTo(flow.user("coord1")))
                .filteredOn(n -> n.kind().equals("ESCALATION") && n.body().contains("協働の検討")).isNotEmpty();
        int afterEscalation = notices.visibleTo(flow.user("coord1")).size();
        reminders.sendDue(due.plus(Period.ofDays(3)));
        assertThat(notices.visibleTo(flow.user("coord1"))).as("escalated once").hasSize(afterEscalation);
        assertThat(remindersForThisTask).isPositive();
    }

    @Test
    void longRunningImplementationHasNoDueDate() {
        var p = steps.raise("実施は期限なし");
        steps.consider(p.processInstanceId(), "YES");
        steps.chooseForm(p.processInstanceId(), "SUBSIDY");
        steps.selectPartner(p.processInstanceId(), ProjectSteps.GROUP_1);
        assertThat(flow.task(p.processInstanceId(), "Task_DecideGrant").getDueDate()).isNotNull();
        var fy = FiscalYear.current();
        flow.complete(p.processInstanceId(), "Task_DecideGrant", "approver1", Map.of("grantAmount", 1000,
                "grantPeriodFrom", fy.firstDay().toString(), "grantPeriodTo", fy.lastDay().toString()));
        assertThat(flow.task(p.processInstanceId(), "Task_RunProject").getDueDate()).isNull();
    }
}
