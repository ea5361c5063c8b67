package jp.kyodoflow.subsidy.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import jp.kyodoflow.subsidy.SubsidyAwardSteps;
import jp.kyodoflow.subsidy.SubsidyCallSteps;
import jp.kyodoflow.subsidy.SubsidyCasework;
import jp.kyodoflow.workflow.CaseKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Service tasks of SubsidyApplicationProcess (SA-…), SubsidyCallProcess (SC-…) and SubsidyAwardProcess (SW-…):
 * each reads the case from the business key, calls one service method and writes what the model routes on.
 */
@Component("subsidySteps")
public class SubsidySteps {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** The report is due at the end of the office day, its reminder comes in the morning. */
    static final LocalTime REPORT_DUE_AT = LocalTime.of(17, 0);
    static final LocalTime REMINDER_AT = LocalTime.of(9, 0);
    static final int REPAYMENT_REMINDER_DAYS_BEFORE = 7;

    private final SubsidyCasework casework;
    private final SubsidyCallSteps calls;
    private final SubsidyAwardSteps awards;

    SubsidySteps(SubsidyCasework casework, SubsidyCallSteps calls, SubsidyAwardSteps awards) {
        this.casework = casework;
        this.calls = calls;
        this.awards = awards;
    }

    // ---- SubsidyApplicationProcess ----

    /** Task_CheckRequirements. */
    public void checkRequirements(DelegateExecution execution) {
        casework.checkRequirements(applicationId(execution));
    }

    /** Task_ScheduleReport: the report task's deadline and its reminder, as moments the timers read. */
    public void scheduleReport(DelegateExecution execution) {
        SubsidyCasework.ReportDates dates = casework.reportDates(applicationId(execution));
        execution.setVariable("reportDue", at(dates.due(), REPORT_DUE_AT));
        execution.setVariable("reportReminderAt", at(dates.remindOn(), REMINDER_AT));
    }

    /** Timer_ReportReminder → Task_RemindReport. */
    public void remindReport(DelegateExecution execution) {
        casework.remindReport(applicationId(execution));
    }

    /** Timer_ReportOverdue → Task_EscalateReport. */
    public void escalateReport(DelegateExecution execution) {
        casework.escalateReport(applicationId(execution));
    }

    /** Event_SubsidyCancelled → Task_SettleCancellation. */
    public void settleCancellation(DelegateExecution execution) {
        execution.setVariable("settlement", casework.settleCancellation(applicationId(execution)).name());
    }

    /**
     * Task_OrderRepayment: the 返還命令書's due date (end of that day) and a weekly reminder cycle that starts a week
     * before it and repeats until the repayment task ends.
     */
    public void orderRepayment(DelegateExecution execution) {
        LocalDate due = casework.orderRepayment(applicationId(execution));
        execution.setVariable("repaymentDue", at(due, LocalTime.of(23, 59, 59)));
        execution.setVariable("repaymentReminderCycle", "R/" + due.minusDays(REPAYMENT_REMINDER_DAYS_BEFORE)
                .atTime(REMINDER_AT).atZone(TOKYO).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + "/P7D");
    }

    /** Timer_RepaymentReminder → Task_RemindRepayment. */
    public void remindRepayment(DelegateExecution execution) {
        casework.remindRepayment(applicationId(execution));
    }

    // ---- SubsidyCallProcess ----

    /** Timer_CallCloses → Task_CloseCall. */
    public void closeCall(DelegateExecution execution) {
        calls.close(callId(execution));
    }

    /** Task_ReleaseResults, after the committee. */
    public void releaseResults(DelegateExecution execution) {
        calls.releaseResults(callId(execution));
    }

    // ---- SubsidyAwardProcess ----

    /** Task_PrepareAward: the committee's ranking round for the call activity. */
    public void prepareAward(DelegateExecution execution) {
        execution.setVariable("committeeRoundId", awards.prepare(CaseKeys.id(execution, CaseKeys.SUBSIDY_AWARD)));
    }

    static long applicationId(DelegateExecution execution) {
        return CaseKeys.id(execution, CaseKeys.SUBSIDY_APPLICATION);
    }

    static long callId(DelegateExecution execution) {
        return CaseKeys.id(execution, CaseKeys.SUBSIDY_CALL);
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(TOKYO).toInstant());
    }
}
