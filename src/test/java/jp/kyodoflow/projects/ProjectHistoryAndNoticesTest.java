package jp.kyodoflow.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.notices.NoticeService;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProjectSteps;
import jp.kyodoflow.support.TestTime;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a project's history (case_event) and its partner's notices say, line by line, as people read
 * them in the project detail and in their notices: every step's outcome, reason, amount and actor,
 * and each notice's kind, title and text.
 */
@IntegrationTest
class ProjectHistoryAndNoticesTest {

    @Autowired ProjectSteps steps;
    @Autowired ProjectStarter starter;
    @Autowired Flow flow;
    @Autowired AuditTrail audit;
    @Autowired NoticeService notices;
    @Autowired RuntimeService runtime;

    final FiscalYear thisYear = TestTime.thisFiscalYear();

    List<String> history(long projectId) {
        return audit.history("PROJECT", projectId).stream().map(e -> e.step() + "|" + e.outcome() + "|" + e.reason()
                + "|" + e.amountYen() + "|" + e.actor()).toList();
    }

    List<String> noticesOf(long projectId) {
        return notices.forCase("PROJECT", projectId).stream().map(n -> n.kind() + "|" + n.title() + "|" + n.body())
                .toList();
    }

    @Test
    void anAgreementYearLeavesEveryStepInTheHistoryAndTellsThePartnerWhatToDo() {
        var p = steps.raise("子ども食堂の協働運営（履歴）");
        String pi = p.processInstanceId();
        steps.consider(pi, "YES");
        steps.chooseForm(pi, "COOPERATION_AGREEMENT");
        steps.selectPartner(pi, ProjectSteps.GROUP_1);
        steps.negotiate(pi, thisYear, "子どもの居場所づくり");
        steps.signAsGroup(pi, "REQUEST_CHANGES");
        steps.signAsCity(pi, "SIGN");
        steps.negotiate(pi, thisYear, "子どもの居場所づくり（回数見直し）");
        steps.signAsCity(pi, "SIGN");
        steps.signAsGroup(pi, "SIGN");
        flow.runJobs(pi);
        flow.fireTimer(pi, "Timer_MidtermReview");
        flow.complete(pi, "Task_MidtermReview", "kosodate1", Map.of("midtermProgress", "開催12回（目標の半分）",
                "midtermIssues", "冬季の参加減", "midtermAdjustments", "室内遊びを追加"));
        steps.run(pi, "COMPLETED");
        steps.evaluate(pi);
        long roundId = ((Number) runtime.getVariable(pi, "committeeRoundId")).longValue();
        steps.decide(pi, "CONTINUE");

        assertThat(history(p.id())).containsExactly(
                "課題の把握・共有|RAISED|放課後の子どもの居場所が足りない|null|kosodate1",
                "協働の検討|SUITABLE|団体の知見と市の施設を組み合わせられる|null|kosodate1",
                "協働のかたちの選択|COOPERATION_AGREEMENT|役割と費用を協定で明確にするため|null|kosodate1",
                "協働相手の選定|DIRECT_CHOICE:1|市内で子ども食堂を運営する唯一の団体|null|kosodate1",
                "協議・役割分担|DRAFTED_V1|子どもの居場所づくり|300000|kosodate1",
                "協定締結|GROUP_CHANGES_REQUESTED_V1|回数を見直したい|null|applicant1",
                "協定締結|CITY_SIGNED_V1|null|null|approver1",
                "協議・役割分担|DRAFTED_V2|子どもの居場所づくり（回数見直し）|300000|kosodate1",
                "協定締結|CITY_SIGNED_V2|null|null|approver1",
                "協定締結|GROUP_SIGNED_V2|null|null|applicant1",
                "中間ふりかえり|REVIEWED|開催12回（目標の半分）|null|kosodate1",
                "事業実施|COMPLETED|計画どおり実施|null|kosodate1",
                "評価|GROUP_SELF|所見4|null|applicant1",
                "評価|DEPARTMENT_SELF|所見2|null|kosodate1",
                "評価|MUTUAL|null|null|kosodate1",
                "評価|COMMITTEE_ROUND:" + roundId + "|null|null|system",
                "評価|COMMITTEE|地域に根づいた良い取組|null|committee1",
                "見直し|CONTINUE|評価結果を踏まえて判断|null|approver1",
                "見直し|NEXT_YEAR_2|" + thisYear.next().label() + "|null|system");
        String title = "「子ども食堂の協働運営（履歴）」";
        assertThat(noticesOf(p.id())).containsExactly(
                "PARTNER_SELECTED|協働事業の相手方に選ばれました|" + title
                        + "の協働相手として選定されました。今後の協議について担当課から連絡します。",
                "AGREEMENT_TO_SIGN|協定書の確認をお願いします|" + title
                        + "の協定書（案）ができました。内容を確認し、署名または修正の依頼をしてください。",
                "AGREEMENT_TO_SIGN|協定書の確認をお願いします|" + title
                        + "の協定書（案）ができました。内容を確認し、署名または修正の依頼をしてください。",
                "REVIEW_DECIDED|協働事業の見直し結果|" + title + "の1年目の見直し結果：継続。理由：評価結果を踏まえて判断");
    }

    @Test
    void aGrantAndAContractLeaveTheirAmountsAndAnEndIsToldToThePartner() {
        var subsidy = steps.raise("子ども食堂への補助（履歴）");
        String pi = subsidy.processInstanceId();
        steps.consider(pi, "YES");
        steps.chooseForm(pi, "SUBSIDY");
        steps.selectPartner(pi, ProjectSteps.GROUP_1);
        flow.complete(pi, "Task_DecideGrant", "approver1", Map.of("grantAmount", 200000,
                "grantPeriodFrom", thisYear.firstDay().toString(), "grantPeriodTo", thisYear.lastDay().toString(),
                "grantConditions", "実績報告を年度末までに提出"));
        steps.run(pi, "COMPLETED");
        steps.evaluate(pi);
        steps.decide(pi, "END");

        assertThat(history(subsidy.id())).contains("補助金の交付決定|GRANTED|実績報告を年度末までに提出|200000|approver1")
                .endsWith("見直し|END|評価結果を踏まえて判断|null|approver1");
        assertThat(noticesOf(subsidy.id())).last().isEqualTo("REVIEW_DECIDED|協働事業の見直し結果|"
                + "「子ども食堂への補助（履歴）」の1年目の見直し結果：終了。理由：評価結果を踏まえて判断");

        var commission = steps.raise("防災訓練の委託（履歴）");
        pi = commission.processInstanceId();
        steps.consider(pi, "YES");
        steps.chooseForm(pi, "COMMISSION");
        steps.selectPartner(pi, ProjectSteps.GROUP_1);
        flow.complete(pi, "Task_RecordContract", "kosodate1", Map.of("contractNumber", "R8-委-016",
                "contractAmount", 480000, "contractFrom", thisYear.firstDay().toString(),
                "contractTo", thisYear.lastDay().toString(), "contractSummary", "地域防災訓練の企画運営"));

        assertThat(history(commission.id())).last().isEqualTo("委託契約の記録|CONTRACTED|R8-委-016|480000|kosodate1");
    }

    @Test
    void formsWithoutAPartnerAreRecordedWithTheirDecisionAndNobodyIsNotified() {
        var rejected = steps.raise("フェスタの後援（履歴）");
        steps.consider(rejected.processInstanceId(), "YES");
        steps.chooseForm(rejected.processInstanceId(), "ENDORSEMENT");
        flow.complete(rejected.processInstanceId(), "Task_ApproveEndorsement", "approver1",
                Map.of("endorsementDecision", "REJECT", "endorsementComment", "営利目的の催しのため"));
        assertThat(history(rejected.id())).last().isEqualTo("後援の承認|ENDORSEMENT_REJECTED|営利目的の催しのため|null|approver1");

        var approved = steps.raise("講演会の後援（履歴）");
        steps.consider(approved.processInstanceId(), "YES");
        steps.chooseForm(approved.processInstanceId(), "ENDORSEMENT");
        flow.complete(approved.processInstanceId(), "Task_ApproveEndorsement", "approver1",
                Map.of("endorsementDecision", "APPROVE"));
        assertThat(history(approved.id())).last().isEqualTo("後援の承認|ENDORSED|null|null|approver1");

        var informal = steps.raise("意見交換会（履歴）");
        steps.consider(informal.processInstanceId(), "YES");
        steps.chooseForm(informal.processInstanceId(), "INFORMATION_EXCHANGE");
        assertThat(history(informal.id())).last().isEqualTo("協働のかたちの選択|RECORDED|情報提供・情報交換として記録|null|system");

        var notSuitable = steps.raise("単独で実施（履歴）");
        steps.consider(notSuitable.processInstanceId(), "NO");
        assertThat(history(notSuitable.id())).last()
                .isEqualTo("協働の検討|NOT_SUITABLE|団体の知見と市の施設を組み合わせられる|null|kosodate1");

        for (var p : List.of(rejected, approved, informal, notSuitable)) {
            assertThat(noticesOf(p.id())).isEmpty();
        }
    }

    @Test
    void aHandoverIsRecordedAsChosenByTheProposalAndThePartnerIsAskedToSign() {
        var p = starter.startFromProposal(new ProjectInputs.ProposalHandover(9101L, ProjectSteps.GROUP_1,
                "dept-kosodate", "提案：学習支援教室（履歴）", "学習の場が不足", "KYOIKU", "COOPERATION_AGREEMENT"));
        assertThat(history(p.id())).containsExactly("協働相手の選定|CHOSEN_BY_PROPOSAL|提案番号 9101|null|system");

        steps.negotiate(p.processInstanceId(), thisYear, "学習支援教室の運営");
        assertThat(noticesOf(p.id())).containsExactly("AGREEMENT_TO_SIGN|協定書の確認をお願いします|"
                + "「提案：学習支援教室（履歴）」の協定書（案）ができました。内容を確認し、署名または修正の依頼をしてください。");
    }
}
