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
    @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired org.camunda.bpm.engine.TaskService tasks;

    /** Tasks whose model carries their own reminder and deadline timers get no second notice from the poller. */
    @Test
    void aTaskWithModelledTimersIsLeftToThem() {
        var coord = new jp.kyodoflow.support.Api(rest, "coord1");
        var now = jp.kyodoflow.support.ProposalFixtures.now();
        long configId = ((Number) coord.list("/api/review-configs").getBody().get(0).get("id")).longValue();
        var call = coord.post("/api/proposal-rounds", Map.of("title", "催促は一つの仕組みで",
                "rules", jp.kyodoflow.support.ProposalFixtures.rules(now.minusHours(1), now.plusDays(7), false, false),
                "reviewConfigId", configId,
                "committee", java.util.List.of(Map.of("userId", "committee1", "affiliation", "委員", "chair", true))));
        var proposal = new jp.kyodoflow.support.Api(rest, "applicant1").post("/api/proposal-rounds/"
                + call.getBody().get("id") + "/proposals", Map.of("groupId", 1,
                "content", jp.kyodoflow.support.ProposalFixtures.content("催促の重複確認"), "submit", true));
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("PR-" + proposal.getBody().get("id"))
                .singleResult().getId();
        coord.complete(pi, "Task_ConfirmEligibility", Map.of("eligibilityDecision", "ELIGIBLE"));
        var opinion = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_GiveOpinion").list().get(0);
        steps.raise("催促の比較用の課題");
        Instant due = opinion.getDueDate().toInstant();

        reminders.sendDue(due.minus(Period.ofDays(1)));
        reminders.sendDue(due.plus(Period.ofDays(1)));
        assertThat(notices.visibleTo(flow.user("kosodate1")))
                .noneMatch(n -> n.kind().equals("REMINDER") && n.title().contains("意見照会への回答"));
        assertThat(notices.visibleTo(flow.user("coord1")))
                .noneMatch(n -> n.kind().equals("ESCALATION") && n.body().contains("意見照会への回答"));
        // ...while a task without modelled timers in the same run is still escalated by the poller
        assertThat(notices.visibleTo(flow.user("coord1")))
                .anyMatch(n -> n.kind().equals("ESCALATION") && n.body().contains("催促の比較用の課題"));
    }

    @Test
    void aTaskIsRemindedBeforeItsDueDateAndEscalatedOnceOverdue() {
        String title = "期限の確認 " + System.nanoTime();
        var p = steps.raise(title);
        var task = flow.task(p.processInstanceId(), "Task_ConsiderCollaboration");
        assertThat(task.getDueDate()).as("default due date P14D").isNotNull();
        Instant due = task.getDueDate().toInstant();
        assertThat(Duration.between(Instant.now(), due).toDays()).isBetween(13L, 14L);

        // the notices about this case (a person's list is a page of the newest; the shared context has many)
        java.util.function.Function<String, java.util.List<jp.kyodoflow.notices.NoticeService.NoticeView>> about =
                user -> notices.visibleTo(flow.user(user)).stream().filter(n -> n.body().contains(title)).toList();
        reminders.sendDue(due.minus(Period.ofDays(1)));
        reminders.sendDue(due.minus(Period.ofDays(1)));
        assertThat(about.apply("kosodate1")).as("reminded once before the due date")
                .filteredOn(n -> n.kind().equals("REMINDER") && n.title().contains("協働の検討")).hasSize(1);

        reminders.sendDue(due.plus(Period.ofDays(1)));
        reminders.sendDue(due.plus(Period.ofDays(2)));
        assertThat(about.apply("coord1"))
                .filteredOn(n -> n.kind().equals("ESCALATION") && n.body().contains("協働の検討")).hasSize(1);
        int afterEscalation = about.apply("coord1").size();
        reminders.sendDue(due.plus(Period.ofDays(3)));
        assertThat(about.apply("coord1")).as("escalated once").hasSize(afterEscalation);
    }

    @Test
    void longRunningImplementationHasNoDueDate() {
        var p = steps.raise("実施は期限なし");
        steps.consider(p.processInstanceId(), "YES");
        steps.chooseForm(p.processInstanceId(), "SUBSIDY");
        steps.selectPartner(p.processInstanceId(), ProjectSteps.GROUP_1);
        assertThat(flow.task(p.processInstanceId(), "Task_DecideGrant").getDueDate()).isNotNull();
        var fy = jp.kyodoflow.support.TestTime.thisFiscalYear();
        flow.complete(p.processInstanceId(), "Task_DecideGrant", "approver1", Map.of("grantAmount", 1000,
                "grantPeriodFrom", fy.firstDay().toString(), "grantPeriodTo", fy.lastDay().toString()));
        assertThat(flow.task(p.processInstanceId(), "Task_RunProject").getDueDate()).isNull();
    }
}
