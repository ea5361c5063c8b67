package jp.kyodoflow.projects.process;

import jp.kyodoflow.agreements.AgreementDraft;
import jp.kyodoflow.agreements.AgreementService;
import jp.kyodoflow.committee.ReviewRoundService;
import jp.kyodoflow.evaluation.EvaluationService;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.projects.CollaborationPlanning;
import jp.kyodoflow.projects.ProjectArrangements;
import jp.kyodoflow.projects.ProjectInputs;
import jp.kyodoflow.projects.ProjectQueries;
import jp.kyodoflow.projects.ProjectYearCycle;
import jp.kyodoflow.workflow.Actor;
import jp.kyodoflow.workflow.CaseKeys;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Complete listeners of CollaborationProjectProcess's user tasks: each reads what the form set,
 * calls one service method (which validates and stores it), and writes back the few variables
 * the next steps need. A refusal aborts the completion with a Japanese message.
 */
@Component("projectTasks")
public class ProjectTasks {

    private final CollaborationPlanning planning;
    private final ProjectArrangements arrangements;
    private final ProjectYearCycle yearCycle;
    private final ProjectQueries queries;
    private final EvaluationService evaluations;
    private final GroupRegister register;
    private final ReviewRoundService reviewRounds;

    ProjectTasks(CollaborationPlanning planning, ProjectArrangements arrangements, ProjectYearCycle yearCycle,
                 ProjectQueries queries, EvaluationService evaluations, GroupRegister register,
                 ReviewRoundService reviewRounds) {
        this.planning = planning;
        this.arrangements = arrangements;
        this.yearCycle = yearCycle;
        this.queries = queries;
        this.evaluations = evaluations;
        this.register = register;
        this.reviewRounds = reviewRounds;
    }

    public void considerCollaboration(DelegateTask task) {
        FormValues v = FormValues.of(task);
        planning.considerCollaboration(id(task), v.text("collaborationDecision"), v.text("considerationReason"), Actor.of(task));
    }

    public void selectCollaborationType(DelegateTask task) {
        FormValues v = FormValues.of(task);
        var form = planning.selectCollaborationType(id(task), v.text("collaborationForm"), v.text("formReason"), Actor.of(task));
        task.setVariable("collaborationFormLabel", form.label());
    }

    public void approveEndorsement(DelegateTask task) {
        FormValues v = FormValues.of(task);
        planning.approveEndorsement(id(task), v.text("endorsementDecision"), v.text("endorsementComment"), Actor.of(task));
    }

    public void preparePartnerOptions(DelegateExecution execution) {
        execution.setVariable("partnerGroupOptions", org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                FormValues.JSON.valueToTree(register.registeredOptions()).toString()).create());
    }

    public void selectPartner(DelegateTask task) {
        FormValues v = FormValues.of(task);
        var partner = planning.selectPartner(id(task), v.text("partnerGroupId"), v.text("selectionReason"), Actor.of(task));
        task.setVariable("partnerGroup", partner.camundaGroup());
        task.setVariable("partnerGroupName", partner.name());
    }

    public void decideGrant(DelegateTask task) {
        FormValues v = FormValues.of(task);
        arrangements.decideGrant(id(task), new ProjectInputs.Grant(v.number("grantAmount"), v.date("grantPeriodFrom"),
                v.date("grantPeriodTo"), v.text("grantConditions")), Actor.of(task));
    }

    public void recordContract(DelegateTask task) {
        FormValues v = FormValues.of(task);
        arrangements.recordContract(id(task), new ProjectInputs.Contract(v.text("contractNumber"), v.number("contractAmount"),
                v.date("contractFrom"), v.date("contractTo"), v.text("contractSummary")), Actor.of(task));
    }

    public void negotiateAgreement(DelegateTask task) {
        FormValues v = FormValues.of(task);
        AgreementDraft draft = new AgreementDraft(v.text("purpose"), v.date("periodFrom"), v.date("periodTo"),
                v.list("targets", AgreementDraft.TargetInput.class), v.list("cityRoles", AgreementDraft.RoleInput.class),
                v.list("groupRoles", AgreementDraft.RoleInput.class), v.number("cityContribution"),
                v.number("groupOwnFunds"), v.text("inKindDescription"), v.number("inKindValue"), v.text("schedule"),
                v.text("risks"));
        long agreementId = arrangements.negotiateAgreement(id(task), draft, Actor.of(task));
        task.setVariable("agreementId", agreementId);
        task.setVariable("agreementSummary", arrangements.agreementSummary(agreementId));
        for (String key : new String[] {"groupSignDecision", "groupSignComment", "citySignDecision", "citySignComment"}) {
            task.removeVariable(key);
        }
    }

    /** Only a member of the partner group may sign for it (the service checks). */
    public void signAgreementAsGroup(DelegateTask task) {
        sign(task, AgreementService.GROUP, "groupSignDecision", "groupSignComment");
    }

    /** Only an approver may sign for the city (the service checks). */
    public void signAgreementAsCity(DelegateTask task) {
        sign(task, AgreementService.CITY, "citySignDecision", "citySignComment");
    }

    private void sign(DelegateTask task, String party, String decisionKey, String commentKey) {
        FormValues v = FormValues.of(task);
        Long agreementId = v.number("agreementId");
        var outcome = arrangements.signAgreement(id(task), agreementId, party, v.text(decisionKey), Actor.of(task),
                v.text(commentKey));
        if (outcome.changesRequested()) {
            String who = AgreementService.GROUP.equals(party) ? "団体" : "市（決裁者）";
            task.setVariable("agreementStatusNote", who + "から修正の依頼があります：" + v.text(commentKey)
                    + "\n内容を見直して、新しい版を作成してください（署名済みの版・依頼のあった版はそのまま残ります）。");
        }
    }

    public void runProject(DelegateTask task) {
        FormValues v = FormValues.of(task);
        yearCycle.recordProgress(id(task), v.text("progressNote"), v.text("implementationOutcome"), Actor.of(task));
        if ("AMEND_AGREEMENT".equals(v.text("implementationOutcome"))) {
            task.setVariable("agreementStatusNote", "署名済みの協定を変更します。変更後の内容で新しい版を作成し、双方があらためて署名します。"
                    + "\n変更の理由：" + v.text("progressNote"));
        }
    }

    public void midtermReview(DelegateTask task) {
        FormValues v = FormValues.of(task);
        yearCycle.recordMidtermReview(id(task), v.text("midtermProgress"), v.text("midtermIssues"),
                v.text("midtermAdjustments"), Actor.of(task));
    }

    public void selfEvaluateAsGroup(DelegateTask task) {
        evaluations.recordSelfEvaluation(id(task), queries.projectYear(id(task)), EvaluationService.GROUP_SELF,
                Actor.of(task), new EvaluationService.Sheet(FormValues.of(task).object("groupEvaluation")));
    }

    public void selfEvaluateAsDepartment(DelegateTask task) {
        evaluations.recordSelfEvaluation(id(task), queries.projectYear(id(task)), EvaluationService.DEPARTMENT_SELF,
                Actor.of(task), new EvaluationService.Sheet(FormValues.of(task).object("departmentEvaluation")));
    }

    public void mutualEvaluation(DelegateTask task) {
        FormValues v = FormValues.of(task);
        evaluations.recordMutualEvaluation(id(task), queries.projectYear(id(task)), Actor.of(task),
                v.text("mutualAgreedPoints"), v.text("mutualDifferences"), v.text("mutualImprovements"));
    }

    public void prepareCommitteeEvaluation(DelegateTask task) {
        task.setVariable("committeeScoreSummary", EvaluationService.averagesText(
                reviewRounds.evaluationAverages(((Number) task.getVariable("committeeRoundId")).longValue())));
    }

    public void evaluateAsCommittee(DelegateTask task) {
        long id = id(task);
        int year = queries.projectYear(id);
        evaluations.recordCommitteeEvaluation(id, year, Actor.of(task),
                new EvaluationService.Sheet(FormValues.of(task).object("committeeEvaluation")),
                reviewRounds.evaluationAverages(((Number) task.getVariable("committeeRoundId")).longValue()));
        task.setVariable("evaluationSummary", evaluations.yearSummary(id, year));
        task.setVariable("projectYearLabel", year + "年目");
    }

    public void decideContinuation(DelegateTask task) {
        FormValues v = FormValues.of(task);
        yearCycle.decideContinuation(id(task), v.text("continuationDecision"), v.text("continuationReason"),
                v.text("lessonsLearned"), Actor.of(task));
    }

    /** The project is the process's business key, never a variable a form could have set. */
    private static long id(DelegateTask task) {
        return CaseKeys.id(task, CaseKeys.PROJECT);
    }
}
