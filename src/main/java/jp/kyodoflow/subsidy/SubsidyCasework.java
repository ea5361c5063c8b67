package jp.kyodoflow.subsidy;

import java.time.LocalDate;

/**
 * The staff's and the engine's steps on one application (SubsidyApplicationProcess), called by the process
 * adapters with the case id from the business key (SA-…) and the actor from the task. Each method checks the
 * application's state and refuses with a Japanese {@link jp.kyodoflow.common.BusinessRuleException}.
 */
public interface SubsidyCasework {

    /** What the settlement after 額の確定 (or a cancellation) leaves: nothing, a payment, or a repayment. */
    enum Settlement { NONE, PAY, REPAY }

    /** The report's deadline and the day its reminder goes out (not before today). */
    record ReportDates(LocalDate due, LocalDate remindOn) {
    }

    /** Task_CheckRequirements: runs the automatic checks (register, expense lines, double subsidy, maximum). */
    void checkRequirements(long applicationId);

    /** Text for the coordinator's 要件審査 form: the findings, the eligible total and the maximum. */
    String requirementsSummary(long applicationId);

    /** 要件審査: ACCEPT / SEND_BACK / REFUSE with reason; refuses ACCEPT while a blocking finding stands. */
    String confirmRequirements(long applicationId, String decision, String reason, String actor);

    /** Task_CorrectApplication completed: the group corrected it in the portal and resubmits. */
    void resubmitted(long applicationId, String actor);

    /** Text for the documents review and the grant decision: the application, findings, maximum, committee result. */
    String grantSheet(long applicationId);

    /** 書類審査 of a small grant: GRANT / NOT_GRANT recommendation with a comment. */
    void reviewDocuments(long applicationId, String recommendation, String comment, String actor);

    /** 交付決定: GRANT with an amount (≤ maximum; below the request needs a reason) or NOT_GRANT with a reason. */
    boolean decideGrant(long applicationId, String decision, Long grantedYen, String reason, String actor);

    /** Task_ScheduleReport after 交付決定: when the report is due and when the group is reminded. */
    ReportDates reportDates(long applicationId);

    /** Text for the coordinator's 概算払 task. */
    String advanceSummary(long applicationId);

    /** The requested advance has been paid on that date. */
    void payAdvance(long applicationId, LocalDate paidOn, String actor);

    /** Text for the approver's change task. */
    String changeSheet(long applicationId);

    /** 変更承認: APPROVE (with the new grant amount, ≤ the new maximum) or REJECT, with reason. */
    void decideChange(long applicationId, String decision, Long grantedYen, String reason, String actor);

    /** Interrupting 中止: what the cancellation leaves (REPAY when an advance was paid, else NONE). */
    Settlement settleCancellation(long applicationId);

    /** Boundary timer before the report deadline. */
    void remindReport(long applicationId);

    /** Boundary timer at the report deadline: the coordinator is told (and gets the chase task). */
    void escalateReport(long applicationId);

    /** The coordinator's note after chasing a late report. */
    void recordChase(long applicationId, String note, String actor);

    /** Task_SubmitReport completed: the group's report (saved in the portal) is submitted. */
    void reportSubmitted(long applicationId, String actor);

    /** Text for the coordinator's report check. */
    String reportSheet(long applicationId);

    /** 実績報告の確認: ACCEPT (computes the final amount) or SEND_BACK with a comment; true when accepted. */
    boolean checkReport(long applicationId, String decision, String comment, String actor);

    /** Text for the approver: the computed final amount with its working. */
    String finalSheet(long applicationId);

    /** 額の確定 confirmed by the approver: issues the 額確定通知書 and says what follows. */
    Settlement confirmFinal(long applicationId, String actor);

    /** Text for the group's 請求 and the coordinator's payment task. */
    String paymentSummary(long applicationId);

    /** Task_RequestPayment completed: the group's 請求. */
    void paymentRequested(long applicationId, String actor);

    /** 支払 recorded with its date. */
    void recordPayment(long applicationId, LocalDate paidOn, String actor);

    /** Task_OrderRepayment: issues the 返還命令書 with a due date; returns the due date. */
    LocalDate orderRepayment(long applicationId);

    /** Repayment reminder (a timer cycle while it is not repaid). */
    void remindRepayment(long applicationId);

    /** A repayment received: true when the whole amount has been repaid. */
    boolean recordRepayment(long applicationId, LocalDate repaidOn, long amountYen, String actor);

    /** Text for the repayment task. */
    String repaymentSummary(long applicationId);
}
