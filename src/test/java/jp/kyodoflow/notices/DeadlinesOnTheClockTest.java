package jp.kyodoflow.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.municipality.RuleProperties;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.MutableClock;
import jp.kyodoflow.support.ProjectSteps;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task's due date (kyodo.rules.deadlines.default-task-due) is counted from the clock, and the
 * reminder and the escalation come when the clock says so: the test moves time instead of
 * pretending with arguments.
 */
@IntegrationTest
class DeadlinesOnTheClockTest {

    static final ZonedDateTime RAISED = ZonedDateTime.of(2027, 1, 18, 9, 30, 0, 0, FiscalYear.TOKYO);

    @Autowired MutableClock clock;
    @Autowired ProjectSteps steps;
    @Autowired Flow flow;
    @Autowired TaskDeadlineReminders reminders;
    @Autowired NoticeService notices;
    @Autowired RuleProperties rules;

    @Test
    void aTasksDueDateIsCountedFromTheClockAndItIsRemindedAndEscalatedAsTheClockMoves() {
        clock.setTo(RAISED);
        var project = steps.raise("時計で動く期限");
        String caseLabel = "PJ-" + project.id() + " ";
        Task task = flow.task(project.processInstanceId(), "Task_ConsiderCollaboration");

        assertThat(task.getCreateTime()).as("the engine's clock moved with ours").isEqualTo(Date.from(RAISED.toInstant()));
        ZonedDateTime due = RAISED.plus(rules.deadlines().defaultTaskDue());
        assertThat(due).isEqualTo(ZonedDateTime.of(2027, 2, 1, 9, 30, 0, 0, FiscalYear.TOKYO));
        assertThat(task.getDueDate()).as("P14D from the moved clock").isEqualTo(Date.from(due.toInstant()));

        ZonedDateTime remindFrom = due.minus(rules.deadlines().reminderBefore());
        clock.setTo(remindFrom.minusMinutes(1));
        reminders.sendDueNow();
        assertThat(remindersFor(caseLabel)).as("too early for a reminder").isEmpty();

        clock.advance(Duration.ofMinutes(2));
        reminders.sendDueNow();
        reminders.sendDueNow();
        assertThat(remindersFor(caseLabel)).as("one reminder to the department, once inside the reminder period")
                .hasSize(1).allMatch(n -> n.body().contains("2027年2月1日"));
        assertThat(escalationsFor(caseLabel)).isEmpty();

        clock.setTo(due.minusMinutes(1));
        reminders.sendDueNow();
        assertThat(escalationsFor(caseLabel)).as("not overdue yet").isEmpty();

        clock.setTo(due.plusMinutes(1));
        reminders.sendDueNow();
        clock.advance(Duration.ofDays(3));
        reminders.sendDueNow();
        assertThat(escalationsFor(caseLabel)).as("escalated to the coordinator once, when overdue").hasSize(1);
        assertThat(remindersFor(caseLabel)).hasSize(1);
        assertThat(escalationsFor(caseLabel).get(0).createdAt().toInstant()).as("the notice carries the clock's time")
                .isEqualTo(due.plusMinutes(1).toInstant());
    }

    @Test
    void aResetGivesOurClockAndTheEnginesTheSystemTimeBack() {
        clock.setTo(RAISED);
        assertThat(ClockUtil.getCurrentTime()).isEqualTo(Date.from(RAISED.toInstant()));
        clock.reset();
        assertThat(Duration.between(clock.instant(), java.time.Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), java.time.Instant.now()).abs())
                .isLessThan(Duration.ofSeconds(5));
    }

    private List<NoticeService.NoticeView> remindersFor(String caseLabel) {
        return notices.visibleTo(flow.user("kosodate1")).stream()
                .filter(n -> n.kind().equals("REMINDER") && n.title().contains(caseLabel)).toList();
    }

    private List<NoticeService.NoticeView> escalationsFor(String caseLabel) {
        return notices.visibleTo(flow.user("coord1")).stream()
                .filter(n -> n.kind().equals("ESCALATION") && n.body().contains(caseLabel)).toList();
    }
}
