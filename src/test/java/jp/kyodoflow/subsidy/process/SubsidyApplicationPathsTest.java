package jp.kyodoflow.subsidy.process;

import static jp.kyodoflow.support.PlainEngine.completeAs;
import static jp.kyodoflow.support.PlainEngine.runAsyncJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.subsidy.SubsidyAwardSteps;
import jp.kyodoflow.subsidy.SubsidyCallSteps;
import jp.kyodoflow.subsidy.SubsidyCasework;
import jp.kyodoflow.subsidy.SubsidyCasework.Settlement;
import jp.kyodoflow.support.PlainEngine;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of SubsidyApplicationProcess on a plain engine: 要件審査 (accepted, sent back, refused), the documents
 * review of a small grant or the committee's result by message, 交付決定, then 実施 with its report timers, advance and
 * change requests and a cancellation, and the settlement: payment, repayment (with its weekly reminder) or nothing.
 * The casework is a mock; the adapters are the real ones.
 */
class SubsidyApplicationPathsTest {

    static final String GROUP = "group-3";
    static final String COORDINATOR = "dept-koho";
    static final String MEMBER = "sato";
    static final String COORD = "coord1";
    static final String BOSS = "boss1";
    static final LocalDate REPORT_DUE = LocalDate.of(2028, 3, 15);
    static final LocalDate REPORT_REMIND = LocalDate.of(2028, 3, 8);
    static final LocalDate REPAY_DUE = LocalDate.of(2028, 6, 30);

    @RegisterExtension
    final ProcessEngineExtension engine = PlainEngine.extension();

    final SubsidyCasework casework = mock(SubsidyCasework.class);
    final long id = PlainEngine.nextId();

    @BeforeEach
    void beans() {
        init(engine.getProcessEngine());
        SubsidyCallSteps calls = mock(SubsidyCallSteps.class);
        SubsidyAwardSteps awards = mock(SubsidyAwardSteps.class);
        jp.kyodoflow.security.EngineAccess access = mock(jp.kyodoflow.security.EngineAccess.class);
        Mocks.register("subsidySteps", new SubsidySteps(casework, calls, awards, access));
        Mocks.register("subsidyTasks", new SubsidyTasks(casework, calls, awards));
        // as the service: decisions come back as they were made
        when(casework.confirmRequirements(anyLong(), any(), any(), any())).thenAnswer(c -> c.getArgument(1));
        when(casework.decideGrant(anyLong(), any(), any(), any(), any())).thenAnswer(c -> "GRANT".equals(c.getArgument(1)));
        when(casework.checkReport(anyLong(), any(), any(), any())).thenAnswer(c -> "ACCEPT".equals(c.getArgument(1)));
        when(casework.confirmFinal(anyLong(), any())).thenReturn(Settlement.PAY);
        when(casework.reportDates(anyLong())).thenReturn(new SubsidyCasework.ReportDates(REPORT_DUE, REPORT_REMIND));
        when(casework.orderRepayment(anyLong())).thenReturn(REPAY_DUE);
        when(casework.requirementsSummary(id)).thenReturn("指摘なし／対象経費 300,000円／上限額 200,000円");
        when(casework.grantSheet(id)).thenReturn("SA-" + id + " 子ども食堂の運営（申請額 200,000円）");
        when(casework.reportSheet(id)).thenReturn("参加者 120人／支出 310,000円");
        when(casework.finalSheet(id)).thenReturn("確定額 200,000円");
        when(casework.paymentSummary(id)).thenReturn("請求額 200,000円");
        when(casework.advanceSummary(id)).thenReturn("概算払 100,000円");
        when(casework.changeSheet(id)).thenReturn("経費の変更 300,000円 → 250,000円");
        when(casework.repaymentSummary(id)).thenReturn("返還額 100,000円（納期限 令和10年6月30日）");
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    /** As the service's submit: started from inside, under the application's key, checked in a job. */
    ProcessInstance submitted(String reviewMethod) {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ProcessKeys.SUBSIDY_APPLICATION, "SA-" + id,
                Map.of("applicantGroup", GROUP, "programmeCoordinator", COORDINATOR, "reviewMethod", reviewMethod,
                        "caseLabel", "SA-" + id + " 子ども食堂の運営"));
        assertThat(pi).isWaitingAt("Task_CheckRequirements");
        runAsyncJobs(pi);
        return pi;
    }

    ProcessInstance accepted(String reviewMethod) {
        ProcessInstance pi = submitted(reviewMethod);
        completeAs(COORD, task("Task_ConfirmRequirements", pi), Map.of("requirementsDecision", "ACCEPT", "requirementsReason", ""));
        return pi;
    }

    /** A small grant reviewed by documents and granted: the group is at its report. */
    ProcessInstance granted() {
        ProcessInstance pi = accepted("DOCUMENTS");
        completeAs(COORD, task("Task_ReviewDocuments", pi), Map.of("documentRecommendation", "GRANT", "documentComment", "妥当"));
        completeAs(BOSS, task("Task_DecideGrant", pi), Map.of("grantDecision", "GRANT", "grantedYen", 200000, "grantReason", ""));
        assertThat(pi).isWaitingAt("Task_SubmitReport");
        return pi;
    }

    /** Reported, accepted and the final amount confirmed: the settlement follows. */
    ProcessInstance finalised(ProcessInstance pi) {
        completeAs(MEMBER, task("Task_SubmitReport", pi), Map.of("reportSubmitted", true));
        completeAs(COORD, task("Task_CheckReport", pi), Map.of("reportDecision", "ACCEPT", "reportComment", ""));
        completeAs(BOSS, task("Task_ConfirmFinalAmount", pi), Map.of("finalConfirmed", true));
        return pi;
    }

    void correlate(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey("SA-" + id).correlate();
    }

    Object local(Task t, String name) {
        return taskService().getVariableLocal(t.getId(), name);
    }

    Task openTask(ProcessInstance pi, String key) {
        return taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    static Date tokyo(LocalDate day, int hour) {
        return Date.from(day.atTime(hour, 0).atZone(SubsidySteps.TOKYO).toInstant());
    }

    @Test
    void aSmallGrantReviewedByDocumentsIsReportedFinalisedRequestedAndPaid() {
        ProcessInstance pi = submitted("DOCUMENTS");
        verify(casework).checkRequirements(id);

        Task confirm = task("Task_ConfirmRequirements", pi);
        assertThat(confirm).hasCandidateGroup(COORDINATOR);
        assertThat(local(confirm, "requirementsSummary")).isEqualTo("指摘なし／対象経費 300,000円／上限額 200,000円");
        completeAs(COORD, confirm, Map.of("requirementsDecision", "ACCEPT", "requirementsReason", ""));
        verify(casework).confirmRequirements(id, "ACCEPT", null, COORD);

        Task review = task("Task_ReviewDocuments", pi);
        assertThat(review).hasCandidateGroup(COORDINATOR);
        assertThat(local(review, "grantSheet")).isEqualTo("SA-" + id + " 子ども食堂の運営（申請額 200,000円）");
        completeAs(COORD, review, Map.of("documentRecommendation", "GRANT", "documentComment", "計画は妥当"));
        verify(casework).reviewDocuments(id, "GRANT", "計画は妥当", COORD);

        Task decide = task("Task_DecideGrant", pi);
        assertThat(decide).hasCandidateGroup("approver");
        completeAs(BOSS, decide, Map.of("grantDecision", "GRANT", "grantedYen", 200000, "grantReason", ""));
        verify(casework).decideGrant(id, "GRANT", 200000L, null, BOSS);

        Task report = task("Task_SubmitReport", pi);
        assertThat(report).hasCandidateGroup(GROUP);
        assertThat(report.getDueDate()).isEqualTo(tokyo(REPORT_DUE, 17));
        completeAs(MEMBER, report, Map.of("reportSubmitted", true));
        verify(casework).reportSubmitted(id, MEMBER);

        Task check = task("Task_CheckReport", pi);
        assertThat(check).hasCandidateGroup(COORDINATOR);
        assertThat(local(check, "reportSheet")).isEqualTo("参加者 120人／支出 310,000円");
        completeAs(COORD, check, Map.of("reportDecision", "ACCEPT", "reportComment", ""));

        Task fin = task("Task_ConfirmFinalAmount", pi);
        assertThat(fin).hasCandidateGroup("approver");
        assertThat(local(fin, "finalSheet")).isEqualTo("確定額 200,000円");
        completeAs(BOSS, fin, Map.of("finalConfirmed", true));
        verify(casework).confirmFinal(id, BOSS);

        Task request = task("Task_RequestPayment", pi);
        assertThat(request).hasCandidateGroup(GROUP);
        assertThat(local(request, "paymentSummary")).isEqualTo("請求額 200,000円");
        completeAs(MEMBER, request, Map.of("paymentRequested", true));
        verify(casework).paymentRequested(id, MEMBER);

        Task pay = task("Task_RecordPayment", pi);
        assertThat(pay).hasCandidateGroup(COORDINATOR);
        completeAs(COORD, pay, Map.of("paidOn", "2028-04-10"));
        verify(casework).recordPayment(id, LocalDate.of(2028, 4, 10), COORD);

        assertThat(pi).isEnded().hasPassed("Task_ReviewDocuments", "Task_ScheduleReport", "EndEvent_ImplementationDone",
                "EndEvent_Paid").hasNotPassed("Event_SubsidyReviewed", "Task_OrderRepayment", "Task_SettleCancellation");
    }

    @Test
    void aRegularGrantWaitsForTheCommitteesResultAndIsGranted() {
        ProcessInstance pi = accepted("COMMITTEE");

        assertThat(pi).isWaitingAt("Event_SubsidyReviewed");
        assertThat(openTask(pi, "Task_ReviewDocuments")).isNull();
        correlate(ProcessKeys.MSG_SUBSIDY_REVIEWED);

        completeAs(BOSS, task("Task_DecideGrant", pi), Map.of("grantDecision", "GRANT", "grantedYen", 800000, "grantReason", ""));
        verify(casework).decideGrant(id, "GRANT", 800000L, null, BOSS);
        verify(casework).reportDates(id);
        assertThat(pi).isWaitingAt("Task_SubmitReport").hasPassed("Event_SubsidyReviewed", "Task_ScheduleReport")
                .hasNotPassed("Task_ReviewDocuments");
        assertThat(runtimeService().getVariable(pi.getId(), "reportDue")).isEqualTo(tokyo(REPORT_DUE, 17));
        assertThat(runtimeService().getVariable(pi.getId(), "reportReminderAt")).isEqualTo(tokyo(REPORT_REMIND, 9));
    }

    /** e.g. the same project already has another public subsidy: the service refuses it. */
    @Test
    void anApplicationRefusedAtTheRequirementsEnds() {
        ProcessInstance pi = submitted("DOCUMENTS");
        when(casework.confirmRequirements(id, "REFUSE", "他の補助金と重複しています", COORD)).thenReturn("REFUSE");

        completeAs(COORD, task("Task_ConfirmRequirements", pi),
                Map.of("requirementsDecision", "REFUSE", "requirementsReason", "他の補助金と重複しています"));

        assertThat(pi).isEnded().hasPassed("EndEvent_Refused").hasNotPassed("Gateway_ReviewMethod");
        verify(casework, never()).grantSheet(anyLong());
    }

    @Test
    void anApplicationSentBackIsCorrectedCheckedAgainAndAccepted() {
        ProcessInstance pi = submitted("DOCUMENTS");
        completeAs(COORD, task("Task_ConfirmRequirements", pi),
                Map.of("requirementsDecision", "SEND_BACK", "requirementsReason", "見積書を添付してください"));

        Task correct = task("Task_CorrectApplication", pi);
        assertThat(correct).hasCandidateGroup(GROUP);
        assertThatThrownBy(() -> completeAs(MEMBER, correct, Map.of("correctionDone", false)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("修正を終えたので再提出します");
        assertThat(pi).isWaitingAt("Task_CorrectApplication");
        verify(casework, never()).resubmitted(anyLong(), any());

        completeAs(MEMBER, correct, Map.of("correctionDone", true));
        verify(casework).resubmitted(id, MEMBER);
        assertThat(pi).isWaitingAt("Task_CheckRequirements");
        runAsyncJobs(pi);
        verify(casework, times(2)).checkRequirements(id);
        // the second 要件審査 starts blank
        assertThat(runtimeService().getVariable(pi.getId(), "requirementsDecision")).isNull();
        assertThat(runtimeService().getVariable(pi.getId(), "requirementsReason")).isNull();

        completeAs(COORD, task("Task_ConfirmRequirements", pi), Map.of("requirementsDecision", "ACCEPT", "requirementsReason", ""));
        assertThat(pi).isWaitingAt("Task_ReviewDocuments");
    }

    @Test
    void anApplicationNotGrantedEnds() {
        ProcessInstance pi = accepted("DOCUMENTS");
        completeAs(COORD, task("Task_ReviewDocuments", pi),
                Map.of("documentRecommendation", "NOT_GRANT", "documentComment", "効果が見込めない"));

        completeAs(BOSS, task("Task_DecideGrant", pi),
                Map.of("grantDecision", "NOT_GRANT", "grantReason", "公益性が認められないため"));

        verify(casework).decideGrant(id, "NOT_GRANT", null, "公益性が認められないため", BOSS);
        assertThat(pi).isEnded().hasPassed("EndEvent_NotGranted").hasNotPassed("SubProcess_Implementation");
        verify(casework, never()).reportDates(anyLong());
    }

    @Test
    void aChangeIsApprovedWhileTheReportStaysOpen() {
        ProcessInstance pi = granted();
        correlate(ProcessKeys.MSG_SUBSIDY_CHANGE_REQUESTED);

        Task change = task("Task_ApproveChange", pi);
        assertThat(change).hasCandidateGroup("approver");
        assertThat(local(change, "changeSheet")).isEqualTo("経費の変更 300,000円 → 250,000円");
        completeAs(BOSS, change, Map.of("changeDecision", "APPROVE", "changedGrantYen", 180000, "changeReason", "経費の減少"));

        verify(casework).decideChange(id, "APPROVE", 180000L, "経費の減少", BOSS);
        assertThat(pi).isWaitingAt("Task_SubmitReport").hasPassed("EndEvent_ChangeDecided");
        assertThat(openTask(pi, "Task_ApproveChange")).isNull();
    }

    @Test
    void anAdvanceIsRequestedAndPaidWhileTheReportStaysOpen() {
        ProcessInstance pi = granted();
        correlate(ProcessKeys.MSG_SUBSIDY_ADVANCE_REQUESTED);

        Task pay = task("Task_PayAdvance", pi);
        assertThat(pay).hasCandidateGroup(COORDINATOR);
        assertThat(local(pay, "advanceSummary")).isEqualTo("概算払 100,000円");
        completeAs(COORD, pay, Map.of("advancePaidOn", "2027-07-01"));

        verify(casework).payAdvance(id, LocalDate.of(2027, 7, 1), COORD);
        assertThat(pi).isWaitingAt("Task_SubmitReport").hasPassed("EndEvent_AdvancePaid");
    }

    @Test
    void aCancellationAfterAnAdvanceIsRepaidInInstalments() {
        ProcessInstance pi = granted();
        correlate(ProcessKeys.MSG_SUBSIDY_ADVANCE_REQUESTED);
        completeAs(COORD, task("Task_PayAdvance", pi), Map.of("advancePaidOn", "2027-07-01"));
        when(casework.settleCancellation(id)).thenReturn(Settlement.REPAY);

        correlate(ProcessKeys.MSG_SUBSIDY_CANCELLED);

        verify(casework).settleCancellation(id);
        assertThat(openTask(pi, "Task_SubmitReport")).isNull();
        assertThat(pi).isWaitingAt("Task_OrderRepayment");
        runAsyncJobs(pi);
        verify(casework).orderRepayment(id);
        assertThat(runtimeService().getVariable(pi.getId(), "repaymentDue"))
                .isEqualTo(Date.from(REPAY_DUE.atTime(23, 59, 59).atZone(SubsidySteps.TOKYO).toInstant()));

        when(casework.recordRepayment(id, LocalDate.of(2028, 6, 1), 40000L, COORD)).thenReturn(false);
        when(casework.recordRepayment(id, LocalDate.of(2028, 6, 20), 60000L, COORD)).thenReturn(true);
        Task first = task("Task_RecordRepayment", pi);
        assertThat(first).hasCandidateGroup(COORDINATOR);
        assertThat(local(first, "repaymentSummary")).isEqualTo("返還額 100,000円（納期限 令和10年6月30日）");
        completeAs(COORD, first, Map.of("repaidOn", "2028-06-01", "repaidYen", 40000));
        assertThat(pi).isWaitingAt("Task_RecordRepayment");
        completeAs(COORD, task("Task_RecordRepayment", pi), Map.of("repaidOn", "2028-06-20", "repaidYen", 60000));

        verify(casework).recordRepayment(id, LocalDate.of(2028, 6, 1), 40000L, COORD);
        verify(casework).recordRepayment(id, LocalDate.of(2028, 6, 20), 60000L, COORD);
        assertThat(pi).isEnded().hasPassed("Task_SettleCancellation", "EndEvent_Repaid")
                .hasNotPassed("EndEvent_ImplementationDone", "Task_RequestPayment");
    }

    @Test
    void aCancellationWithoutAdvanceIsSettled() {
        ProcessInstance pi = granted();
        when(casework.settleCancellation(id)).thenReturn(Settlement.NONE);

        correlate(ProcessKeys.MSG_SUBSIDY_CANCELLED);

        assertThat(pi).isEnded().hasPassed("Task_SettleCancellation", "EndEvent_Settled")
                .hasNotPassed("Task_OrderRepayment", "Task_RequestPayment");
        verify(casework, never()).reportSubmitted(anyLong(), any());
    }

    @Test
    void aLateReportIsRemindedThenChasedByTheCoordinatorWhileTheGroupCanStillReport() {
        ProcessInstance pi = granted();
        Job reminder = job("Timer_ReportReminder", pi);
        assertThat(reminder.getDuedate()).isEqualTo(tokyo(REPORT_REMIND, 9));
        assertThat(job("Timer_ReportOverdue", pi).getDuedate()).isEqualTo(tokyo(REPORT_DUE, 17));

        execute(reminder);
        verify(casework).remindReport(id);
        verify(casework, never()).escalateReport(anyLong());
        assertThat(pi).isWaitingAt("Task_SubmitReport");

        execute(job("Timer_ReportOverdue", pi));
        verify(casework).escalateReport(id);
        Task chase = task("Task_ChaseReport", pi);
        assertThat(chase).hasCandidateGroup(COORDINATOR);
        assertThat(openTask(pi, "Task_SubmitReport")).isNotNull();

        completeAs(COORD, chase, Map.of("chaseNote", "3月20日に電話、月末までに提出の見込み"));
        verify(casework).recordChase(id, "3月20日に電話、月末までに提出の見込み", COORD);
        finalised(pi);
        completeAs(MEMBER, task("Task_RequestPayment", pi), Map.of("paymentRequested", true));
        assertThat(pi).isWaitingAt("Task_RecordPayment").hasPassed("EndEvent_ReportReminded", "EndEvent_ReportChased");
    }

    @Test
    void aReportSentBackGoesToTheGroupWithTheCoordinatorsComment() {
        ProcessInstance pi = granted();
        completeAs(MEMBER, task("Task_SubmitReport", pi), Map.of("reportSubmitted", true));
        completeAs(COORD, task("Task_CheckReport", pi), Map.of("reportDecision", "SEND_BACK", "reportComment", "領収書が不足しています"));

        Task again = task("Task_SubmitReport", pi);
        assertThat(local(again, "reportNotice")).isEqualTo("領収書が不足しています");
        assertThatThrownBy(() -> completeAs(MEMBER, again, Map.of()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("入力した実績報告を提出します");
        completeAs(MEMBER, again, Map.of("reportSubmitted", true));
        verify(casework, times(2)).reportSubmitted(id, MEMBER);
        assertThat(pi).isWaitingAt("Task_CheckReport");
    }

    @Test
    void aFinalAmountBelowTheAdvanceIsRepaidWithWeeklyReminders() {
        ProcessInstance pi = granted();
        when(casework.confirmFinal(id, BOSS)).thenReturn(Settlement.REPAY);
        finalised(pi);
        runAsyncJobs(pi);

        OffsetDateTime firstReminder = OffsetDateTime.of(2028, 6, 23, 9, 0, 0, 0, ZoneOffset.ofHours(9));
        assertThat(runtimeService().getVariable(pi.getId(), "repaymentReminderCycle"))
                .isEqualTo("R/2028-06-23T09:00:00+09:00/P7D");
        Job cycle = job("Timer_RepaymentReminder", pi);
        assertThat(cycle.getDuedate()).isEqualTo(Date.from(firstReminder.toInstant()));
        // the job executor runs it when due: the next reminder is a week after that moment
        ClockUtil.setCurrentTime(Date.from(firstReminder.plusMinutes(1).toInstant()));
        execute(cycle);
        verify(casework).remindRepayment(id);
        Job next = job("Timer_RepaymentReminder", pi);
        assertThat(next.getDuedate()).isEqualTo(Date.from(firstReminder.plusDays(7).toInstant()));
        assertThat(pi).isWaitingAt("Task_RecordRepayment");

        when(casework.recordRepayment(id, LocalDate.of(2028, 6, 25), 50000L, COORD)).thenReturn(true);
        completeAs(COORD, task("Task_RecordRepayment", pi), Map.of("repaidOn", "2028-06-25", "repaidYen", 50000));
        assertThat(pi).isEnded().hasPassed("EndEvent_ImplementationDone", "Task_OrderRepayment", "EndEvent_Repaid")
                .hasNotPassed("Task_RequestPayment");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void aFinalAmountWithNothingToPayOrRepayIsSettled() {
        ProcessInstance pi = granted();
        when(casework.confirmFinal(id, BOSS)).thenReturn(Settlement.NONE);

        finalised(pi);

        assertThat(pi).isEnded().hasPassed("EndEvent_ImplementationDone", "EndEvent_Settled")
                .hasNotPassed("Task_RequestPayment", "Task_OrderRepayment");
    }

    @Test
    void aRefusedGrantDecisionLeavesTheTaskOpen() {
        ProcessInstance pi = accepted("DOCUMENTS");
        completeAs(COORD, task("Task_ReviewDocuments", pi), Map.of("documentRecommendation", "GRANT", "documentComment", ""));
        when(casework.decideGrant(id, "GRANT", 900000L, null, BOSS))
                .thenThrow(new BusinessRuleException("交付決定額が上限額（200,000円）を超えています"));

        assertThatThrownBy(() -> completeAs(BOSS, task("Task_DecideGrant", pi),
                Map.of("grantDecision", "GRANT", "grantedYen", 900000, "grantReason", "")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("上限額");

        assertThat(pi).isWaitingAt("Task_DecideGrant").hasNotPassed("Gateway_Granted");
        assertThat(runtimeService().getVariable(pi.getId(), "granted")).isNull();
        verify(casework, never()).reportDates(anyLong());
    }

    /** The coordinator's form has no review method: the track's route cannot be chosen at 要件審査. */
    @Test
    void theCoordinatorCannotChangeTheReviewMethod() {
        ProcessInstance pi = submitted("COMMITTEE");

        assertThatThrownBy(() -> completeAs(COORD, task("Task_ConfirmRequirements", pi),
                Map.of("requirementsDecision", "ACCEPT", "reviewMethod", "DOCUMENTS")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("このフォームにない項目");

        assertThat(pi).isWaitingAt("Task_ConfirmRequirements");
        verify(casework, never()).confirmRequirements(anyLong(), any(), any(), eq(COORD));
    }
}
