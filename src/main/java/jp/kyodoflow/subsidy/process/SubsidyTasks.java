package jp.kyodoflow.subsidy.process;

import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.subsidy.SubsidyAwardSteps;
import jp.kyodoflow.subsidy.SubsidyCallSteps;
import jp.kyodoflow.subsidy.SubsidyCasework;
import jp.kyodoflow.workflow.Actor;
import jp.kyodoflow.workflow.CaseKeys;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task listeners of the subsidy's processes: a create listener puts the sheet the form shows (task-local), a
 * complete listener hands the form's fields to one service method with the case from the business key and the
 * person who completed the task, and writes what the model routes on.
 */
@Component("subsidyTasks")
public class SubsidyTasks {

    private final SubsidyCasework casework;
    private final SubsidyCallSteps calls;
    private final SubsidyAwardSteps awards;

    SubsidyTasks(SubsidyCasework casework, SubsidyCallSteps calls, SubsidyAwardSteps awards) {
        this.casework = casework;
        this.calls = calls;
        this.awards = awards;
    }

    // ---- SubsidyApplicationProcess: 要件審査 and 交付決定 ----

    public void prepareRequirements(DelegateTask task) {
        task.setVariableLocal("requirementsSummary", casework.requirementsSummary(id(task)));
    }

    public void confirmRequirements(DelegateTask task) {
        FormValues v = FormValues.of(task);
        String outcome = casework.confirmRequirements(id(task), v.text("requirementsDecision"), v.text("requirementsReason"),
                Actor.of(task));
        task.getExecution().setVariable("requirementsOutcome", outcome);
    }

    public void correctApplication(DelegateTask task) {
        confirmed(task, "correctionDone", "申請を修正してから「修正を終えたので再提出します」にチェックしてください");
        casework.resubmitted(id(task), Actor.of(task));
        // the next 要件審査 starts blank: the send-back's decision and reason are not the next decision's
        task.removeVariable("correctionDone");
        task.removeVariable("requirementsDecision");
        task.removeVariable("requirementsReason");
        task.removeVariable("requirementsOutcome");
    }

    public void prepareGrantSheet(DelegateTask task) {
        task.setVariableLocal("grantSheet", casework.grantSheet(id(task)));
    }

    public void reviewDocuments(DelegateTask task) {
        FormValues v = FormValues.of(task);
        casework.reviewDocuments(id(task), v.text("documentRecommendation"), v.text("documentComment"), Actor.of(task));
    }

    public void decideGrant(DelegateTask task) {
        FormValues v = FormValues.of(task);
        boolean granted = casework.decideGrant(id(task), v.text("grantDecision"), v.number("grantedYen"),
                v.text("grantReason"), Actor.of(task));
        task.getExecution().setVariable("granted", granted);
    }

    // ---- 実施: report, final amount, advance, change ----

    /** The report task shows the coordinator's comment of a send-back (none the first time). */
    public void prepareReport(DelegateTask task) {
        task.setVariableLocal("reportNotice", FormValues.of(task).text("reportComment"));
    }

    public void submitReport(DelegateTask task) {
        confirmed(task, "reportSubmitted", "実績報告を提出する場合は「入力した実績報告を提出します」にチェックしてください");
        casework.reportSubmitted(id(task), Actor.of(task));
        // the next check starts blank
        task.removeVariable("reportSubmitted");
        task.removeVariable("reportDecision");
        task.removeVariable("reportComment");
    }

    public void chaseReport(DelegateTask task) {
        casework.recordChase(id(task), FormValues.of(task).text("chaseNote"), Actor.of(task));
    }

    public void prepareReportCheck(DelegateTask task) {
        task.setVariableLocal("reportSheet", casework.reportSheet(id(task)));
    }

    public void checkReport(DelegateTask task) {
        FormValues v = FormValues.of(task);
        boolean accepted = casework.checkReport(id(task), v.text("reportDecision"), v.text("reportComment"), Actor.of(task));
        task.getExecution().setVariable("reportAccepted", accepted);
    }

    public void prepareFinal(DelegateTask task) {
        task.setVariableLocal("finalSheet", casework.finalSheet(id(task)));
    }

    public void confirmFinalAmount(DelegateTask task) {
        confirmed(task, "finalConfirmed", "額を確定する場合は「この額で補助金の額を確定します」にチェックしてください");
        task.getExecution().setVariable("settlement", casework.confirmFinal(id(task), Actor.of(task)).name());
    }

    public void prepareAdvance(DelegateTask task) {
        task.setVariableLocal("advanceSummary", casework.advanceSummary(id(task)));
    }

    public void payAdvance(DelegateTask task) {
        casework.payAdvance(id(task), FormValues.of(task).date("advancePaidOn"), Actor.of(task));
    }

    public void prepareChange(DelegateTask task) {
        task.setVariableLocal("changeSheet", casework.changeSheet(id(task)));
    }

    public void approveChange(DelegateTask task) {
        FormValues v = FormValues.of(task);
        casework.decideChange(id(task), v.text("changeDecision"), v.number("changedGrantYen"), v.text("changeReason"),
                Actor.of(task));
    }

    // ---- settlement: payment and repayment ----

    public void preparePayment(DelegateTask task) {
        task.setVariableLocal("paymentSummary", casework.paymentSummary(id(task)));
    }

    public void requestPayment(DelegateTask task) {
        confirmed(task, "paymentRequested", "請求する場合は「確定した額の補助金を請求します」にチェックしてください");
        casework.paymentRequested(id(task), Actor.of(task));
    }

    public void recordPayment(DelegateTask task) {
        casework.recordPayment(id(task), FormValues.of(task).date("paidOn"), Actor.of(task));
    }

    public void prepareRepayment(DelegateTask task) {
        task.setVariableLocal("repaymentSummary", casework.repaymentSummary(id(task)));
    }

    public void recordRepayment(DelegateTask task) {
        FormValues v = FormValues.of(task);
        Long amount = v.number("repaidYen");
        if (amount == null) {
            throw new BusinessRuleException("「納付額（円）」を入力してください");
        }
        boolean inFull = casework.recordRepayment(id(task), v.date("repaidOn"), amount, Actor.of(task));
        task.getExecution().setVariable("repaidInFull", inFull);
        // a further payment starts blank
        task.removeVariable("repaidOn");
        task.removeVariable("repaidYen");
    }

    // ---- SubsidyCallProcess ----

    public void prepareReadiness(DelegateTask task) {
        task.setVariableLocal("readinessSummary", calls.readiness(callId(task)));
    }

    public void startSubsidyReview(DelegateTask task) {
        confirmed(task, "startReview", "審査を開始する場合は「審査会を開始する」にチェックしてください");
        Long roundId = calls.startReview(callId(task), Actor.of(task));
        task.getExecution().setVariable("committeeRoundId", roundId);
        task.getExecution().setVariable("hasCommitteeReview", roundId != null);
    }

    // ---- SubsidyAwardProcess ----

    public void prepareAwardSheet(DelegateTask task) {
        task.setVariableLocal("awardSheet", awards.sheet(CaseKeys.id(task, CaseKeys.SUBSIDY_AWARD)));
    }

    public void confirmAwards(DelegateTask task) {
        confirmed(task, "awardsConfirmed", "表彰を確定する場合は「この内容で表彰を確定し、公表します」にチェックしてください");
        awards.confirm(CaseKeys.id(task, CaseKeys.SUBSIDY_AWARD), FormValues.of(task).text("awardNote"), Actor.of(task));
    }

    /** A required confirmation checkbox: without it the task stays open (Tasklist's validation is not the only door). */
    private static void confirmed(DelegateTask task, String key, String message) {
        if (!FormValues.of(task).flag(key)) {
            throw new BusinessRuleException(message);
        }
    }

    private static long id(DelegateTask task) {
        return CaseKeys.id(task, CaseKeys.SUBSIDY_APPLICATION);
    }

    private static long callId(DelegateTask task) {
        return CaseKeys.id(task, CaseKeys.SUBSIDY_CALL);
    }
}
