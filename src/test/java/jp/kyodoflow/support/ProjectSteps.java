package jp.kyodoflow.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.projects.ProjectInputs;
import jp.kyodoflow.projects.ProjectQueries.ProjectView;
import jp.kyodoflow.projects.ProjectStarter;
import org.springframework.stereotype.Component;

/**
 * The steps of the project flow with the values the forms would send, as the demo users:
 * kosodate1 (子育て支援課), applicant1 (佐久こども食堂ネットワーク, group 1), approver1, committee1.
 */
@Component
public class ProjectSteps {

    public static final long GROUP_1 = 1L;
    /** The demo profile's evaluation committee (kyodo.rules.evaluation.members); committee1 chairs. */
    public static final List<String> EVALUATORS = List.of("committee1", "committee2", "committee3");
    private final Flow flow;
    private final ProjectStarter starter;
    private final ReviewFlow review;
    private final org.camunda.bpm.engine.RuntimeService runtime;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final Clock clock;

    ProjectSteps(Flow flow, ProjectStarter starter, ReviewFlow review, org.camunda.bpm.engine.RuntimeService runtime,
                 org.springframework.jdbc.core.JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.flow = flow;
        this.starter = starter;
        this.review = review;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    /** The committee round of the 第三者評価 (成果発表会): members confirm, are scheduled, score; the chair comments. */
    public void committeeRound(String pi, int score) {
        String child = runtime.createProcessInstanceQuery().superProcessInstanceId(pi).singleResult().getId();
        long roundId = ((Number) runtime.getVariable(pi, "committeeRoundId")).longValue();
        var round = new ReviewFlow.Round(roundId, child);
        review.confirmAll(round, EVALUATORS, Map.of());
        long project = jdbc.queryForObject("select id from review_proposal where round_id = ?", Long.class, roundId);
        flow.complete(child, "Task_ScheduleHearing", "coord1", Map.of("heldOn", FiscalYear.current(clock).lastDay().toString(),
                "startTime", "14:00", "place", "市民活動交流センター（成果発表会）", "presentationMinutes", 10, "questionMinutes", 10,
                "hearingOrder", List.of(Map.of("proposalId", project, "position", 1))));
        // a member of the partner group is recused from the project, the round's only "proposal": no scoring task
        review.scoreAll(round, "Task_ScoreAtHearing", EVALUATORS.stream()
                .filter(m -> review.task(round, "Task_ScoreAtHearing", m) != null).toList(), (p, k) -> score);
        flow.complete(child, review.task(round, "Task_WriteComments", "committee1"), "committee1", Map.of("commentSheet",
                List.of(Map.of("proposalId", project, "comment", "地域に根づいた取組")), "recommendation", "継続が望ましい"));
    }

    public void runJobs(String processInstanceId) {
        flow.runJobs(processInstanceId);
    }

    public ProjectView raise(String title) {
        return starter.raiseProblem(flow.user("kosodate1"),
                new ProjectInputs.Problem(title, "放課後の子どもの居場所が足りない", "保護者アンケート（回答312件）", "KOSODATE"));
    }

    public void consider(String pi, String decision) {
        flow.complete(pi, "Task_ConsiderCollaboration", "kosodate1",
                Map.of("collaborationDecision", decision, "considerationReason", "団体の知見と市の施設を組み合わせられる"));
    }

    public void chooseForm(String pi, String form) {
        flow.complete(pi, "Task_SelectCollaborationType", "kosodate1",
                Map.of("collaborationForm", form, "formReason", "役割と費用を協定で明確にするため"));
    }

    public void selectPartner(String pi, long groupId) {
        flow.complete(pi, "Task_SelectPartner", "kosodate1",
                Map.of("partnerGroupId", String.valueOf(groupId), "selectionReason", "市内で子ども食堂を運営する唯一の団体"));
    }

    public Map<String, Object> agreement(FiscalYear year, String purpose) {
        Map<String, Object> v = new HashMap<>();
        v.put("purpose", purpose);
        v.put("periodFrom", year.equals(FiscalYear.current(clock)) ? LocalDate.now(clock).toString() : year.firstDay().toString());
        v.put("periodTo", year.lastDay().toString());
        v.put("targets", List.of(Map.of("description", "子ども食堂の開催", "indicator", "開催回数", "targetValue", "24回"),
                Map.of("description", "", "indicator", "", "targetValue", "")));
        v.put("cityRoles", List.of(Map.of("description", "公民館の調理室を提供する"), Map.of("description", "広報紙で周知する")));
        v.put("groupRoles", List.of(Map.of("description", "食堂の企画・運営")));
        v.put("cityContribution", 300000);
        v.put("groupOwnFunds", 120000);
        v.put("inKindDescription", "ボランティアによる調理");
        v.put("inKindValue", 50000);
        return v;
    }

    public void negotiate(String pi, FiscalYear year, String purpose) {
        flow.complete(pi, "Task_NegotiateAgreement", "kosodate1", agreement(year, purpose));
    }

    public void signAsGroup(String pi, String decision) {
        flow.complete(pi, "Task_SignAgreementAsGroup", "applicant1",
                Map.of("groupSignDecision", decision, "groupSignComment", "SIGN".equals(decision) ? "" : "回数を見直したい"));
    }

    public void signAsCity(String pi, String decision) {
        flow.complete(pi, "Task_SignAgreementAsCity", "approver1",
                Map.of("citySignDecision", decision, "citySignComment", "SIGN".equals(decision) ? "" : "負担金を再確認"));
        flow.runJobs(pi);
    }

    public void run(String pi, String outcome) {
        flow.complete(pi, "Task_RunProject", "kosodate1",
                Map.of("progressNote", "計画どおり実施", "implementationOutcome", outcome));
    }

    public static Map<String, Object> sheet(int score) {
        Map<String, Object> s = new HashMap<>();
        for (String item : List.of("targets", "method", "satisfaction", "synergy", "costEffect", "groupGrowth", "adminEffect")) {
            s.put(item, score);
        }
        s.put("comment", "所見" + score);
        return s;
    }

    public void evaluate(String pi) {
        flow.complete(pi, "Task_SelfEvaluateAsGroup", "applicant1", Map.of("groupEvaluation", sheet(4)));
        flow.complete(pi, "Task_SelfEvaluateAsDepartment", "kosodate1", Map.of("departmentEvaluation", sheet(2)));
        flow.runJobs(pi);
        flow.complete(pi, "Task_MutualEvaluation", "kosodate1", Map.of("mutualAgreedPoints", "参加者が増えた",
                "mutualDifferences", "費用対効果の見方", "mutualImprovements", "開催日を固定する"));
        committeeRound(pi, 4);
        Map<String, Object> committee = new HashMap<>();
        committee.put("principles", List.of("SHARED_PURPOSE", "EQUALITY", "CLEAR_ROLES"));
        committee.put("verdict", "GOOD");
        committee.put("comment", "地域に根づいた良い取組");
        flow.complete(pi, "Task_EvaluateAsCommittee", "committee1", Map.of("committeeEvaluation", committee));
    }

    public void decide(String pi, String decision) {
        flow.complete(pi, "Task_DecideContinuation", "approver1", Map.of("continuationDecision", decision,
                "continuationReason", "評価結果を踏まえて判断", "lessonsLearned", "広報を早めに"));
    }
}
