package jp.kyodoflow.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.committee.ReviewConfigService;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.notices.NoticeService;
import jp.kyodoflow.notices.NoticeService.NoticeView;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProposalFixtures;
import jp.kyodoflow.support.ReviewFlow;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the group, the departments and the coordinator are told, word for word, and the lines each step
 * leaves in the case's history, since both come from the proposals' events (ProposalNotices and the
 * audit listener) instead of calls in the services: the texts are the ones the services wrote before.
 */
@IntegrationTest
class ProposalNoticesAndHistoryTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ProposalRoundService rounds;
    @Autowired ProposalService proposals;
    @Autowired ReviewConfigService configs;
    @Autowired NoticeService notices;
    @Autowired AuditTrail audit;
    @Autowired ReviewFlow review;
    @Autowired Flow flow;

    record Case(long roundId, long proposalId, String title, ProcessInstance pi) {
    }

    Case submit(String name, boolean budgetVote) {
        long group = review.registerGroup(name, "会員 " + name, null);
        OffsetDateTime now = ProposalFixtures.now();
        RoundRules rules = FormValues.JSON.convertValue(ProposalFixtures.rules(now.minusHours(1), now.plusDays(7), false,
                budgetVote), RoundRules.class);
        var round = rounds.create(new ProposalInputs.CreateRound("通知のテスト " + name, rules, configs.list().get(0).id(),
                List.of(new RoundInputs.MemberInput("committee1", null, true))), "coord1");
        String title = "提案 " + name;
        ProposalContent content = FormValues.JSON.convertValue(ProposalFixtures.content(title), ProposalContent.class);
        CurrentUser applicant = new CurrentUser("applicant3", Set.of(Roles.APPLICANT, Roles.civicGroup(group)));
        var view = proposals.create(applicant, round.id(), new ProposalInputs.ProposalInput(group, content, true));
        return new Case(round.id(), view.id(), title,
                runtime.createProcessInstanceQuery().processInstanceBusinessKey("PR-" + view.id()).singleResult());
    }

    void screen(Case c, String decision, String reason) {
        flow.complete(c.pi().getId(), "Task_ConfirmEligibility", "coord1", reason == null
                ? Map.of("eligibilityDecision", decision) : Map.of("eligibilityDecision", decision, "eligibilityReason", reason));
    }

    void opinions(Case c) {
        for (String user : List.of("kosodate1", "bosai1")) {
            flow.complete(c.pi().getId(), flow.tasksOf(c.pi().getId(), "Task_GiveOpinion", user), user, Map.of("feasibility",
                    "FEASIBLE", "roleFit", "APPROPRIATE", "budgetAvailability", "AVAILABLE"));
        }
        flow.runJobs(c.pi().getId());
    }

    void decide(Case c, String decision, String conditions) {
        rounds.distributeDecisions(c.roundId(), List.of(new ProposalRoundService.Decision("CITIZEN_PROPOSAL", c.proposalId(),
                decision, conditions)));
    }

    List<NoticeView> noticesOf(Case c) {
        return notices.forCase("PROPOSAL", c.proposalId());
    }

    List<AuditTrail.Entry> historyOf(Case c) {
        return audit.history("PROPOSAL", c.proposalId());
    }

    @Test
    void aSentBackProposalIsToldItsReasonDeadlineReminderAndLapse() {
        Case c = submit("差戻しの通知", false);
        screen(c, "SEND_BACK", "目標値を具体的に");
        OffsetDateTime deadline = proposals.get(flow.user("coord1"), c.proposalId()).dueAt();
        assertThat(deadline).isNotNull();
        flow.fireTimer(c.pi().getId(), "Timer_ProposalCorrectionReminder");
        flow.fireTimer(c.pi().getId(), "Timer_ProposalCorrectionDeadline");

        String day = JapaneseFormat.day(deadline);
        assertThat(noticesOf(c)).extracting(NoticeView::kind, NoticeView::title, NoticeView::body).containsExactly(
                tuple("SUBMITTED", "提案を受け付けました", "「" + c.title() + "」の提出を受け付けました。要件審査の結果をお知らせします。"),
                tuple("SENT_BACK", "提案の差戻し", "「" + c.title() + "」を差し戻しました。理由：目標値を具体的に　" + day
                        + "までに修正して再提出してください。期限を過ぎると提案は失効します。"),
                tuple("REMINDER", "提案の修正期限が近づいています", "「" + c.title() + "」の修正期限は" + day + "です。"),
                tuple("LAPSED", "提案の失効", "「" + c.title() + "」は修正期限までに再提出がなかったため失効しました。"));
        assertThat(historyOf(c)).extracting(AuditTrail.Entry::step, AuditTrail.Entry::outcome, AuditTrail.Entry::reason,
                AuditTrail.Entry::amountYen, AuditTrail.Entry::actor).containsExactly(
                tuple("提案", "DRAFTED", null, null, "applicant3"),
                tuple("提案", "SUBMITTED", c.title(), 450_000L, "applicant3"),
                tuple("要件審査", "PASSED", "", null, "system"),
                tuple("要件審査", "SEND_BACK", "目標値を具体的に", null, "coord1"),
                tuple("提案の修正", "LAPSED", "修正期限を過ぎました", null, "system"));
    }

    @Test
    void aResubmittedProposalIsAcceptedAndItsDepartmentsAreRemindedThenTheCoordinatorIsTold() {
        Case c = submit("意見照会の通知", false);
        screen(c, "SEND_BACK", "予算書を添付してください");
        flow.complete(c.pi().getId(), "Task_CorrectProposal", "applicant3", Map.of("correctionDone", true));
        screen(c, "ELIGIBLE", null);
        for (String timer : List.of("Timer_OpinionReminder", "Timer_OpinionOverdue")) {
            for (var job : engine.getManagementService().createJobQuery().processInstanceId(c.pi().getId())
                    .activityId(timer).list()) {
                engine.getManagementService().executeJob(job.getId());
            }
        }
        flow.complete(c.pi().getId(), flow.tasksOf(c.pi().getId(), "Task_GiveOpinion", "kosodate1"), "kosodate1",
                Map.of("feasibility", "CONDITIONAL", "roleFit", "APPROPRIATE", "budgetAvailability", "PARTIAL",
                        "opinionComments", "既存事業と連携できる"));

        assertThat(noticesOf(c)).filteredOn(n -> !n.kind().equals("SENT_BACK") && !n.kind().equals("SUBMITTED"))
                .extracting(NoticeView::kind, NoticeView::title, NoticeView::body).containsExactlyInAnyOrder(
                        tuple("ACCEPTED", "提案を受理しました", "「" + c.title()
                                + "」は要件を満たしているため受理しました。担当課の意見照会の後、審査会で審査します。"),
                        tuple("REMINDER", "意見照会の回答期限が近づいています", "提案「" + c.title() + "」への意見の回答期限が近づいています。"),
                        tuple("REMINDER", "意見照会の回答期限が近づいています", "提案「" + c.title() + "」への意見の回答期限が近づいています。"),
                        tuple("ESCALATION", "意見照会の回答期限を過ぎています", "提案「" + c.title()
                                + "」について、dept-kosodateの意見が期限までに届いていません。"),
                        tuple("ESCALATION", "意見照会の回答期限を過ぎています", "提案「" + c.title()
                                + "」について、dept-bosaiの意見が期限までに届いていません。"));
        assertThat(notices.visibleTo(flow.user("kosodate1"))).anyMatch(n -> Long.valueOf(c.proposalId()).equals(n.caseId())
                && n.kind().equals("REMINDER"));
        assertThat(notices.visibleTo(flow.user("coord1"))).anyMatch(n -> Long.valueOf(c.proposalId()).equals(n.caseId())
                && n.kind().equals("ESCALATION"));
        assertThat(historyOf(c)).extracting(AuditTrail.Entry::step, AuditTrail.Entry::outcome, AuditTrail.Entry::reason,
                AuditTrail.Entry::actor).containsSubsequence(
                tuple("要件審査", "SEND_BACK", "予算書を添付してください", "coord1"),
                tuple("提案の修正", "RESUBMITTED", null, "applicant3"),
                tuple("要件審査", "PASSED", "", "system"),
                tuple("要件審査", "ELIGIBLE", null, "coord1"))
                .contains(tuple("意見照会", "OVERDUE:dept-kosodate", null, "system"),
                        tuple("意見照会", "OVERDUE:dept-bosai", null, "system"),
                        tuple("意見照会", "dept-kosodate:CONDITIONAL", "既存事業と連携できる", "kosodate1"));
    }

    @Test
    void aProposalThatIsNotAcceptedIsToldTheReason() {
        Case c = submit("不受理の通知", false);
        screen(c, "NOT_ACCEPTED", "営利を目的とする事業");

        assertThat(noticesOf(c)).extracting(NoticeView::kind, NoticeView::title, NoticeView::body).containsExactly(
                tuple("SUBMITTED", "提案を受け付けました", "「" + c.title() + "」の提出を受け付けました。要件審査の結果をお知らせします。"),
                tuple("NOT_ACCEPTED", "提案の結果（不受理）", "「" + c.title() + "」は受理できませんでした。理由：営利を目的とする事業"));
        assertThat(historyOf(c)).last().extracting(AuditTrail.Entry::step, AuditTrail.Entry::outcome,
                AuditTrail.Entry::reason, AuditTrail.Entry::actor)
                .containsExactly("要件審査", "NOT_ACCEPTED", "営利を目的とする事業", "coord1");
    }

    @Test
    void aConditionalAdoptionIsRevisedAndTheRejectedBudgetEndsIt() {
        Case c = submit("条件付き採択の通知", true);
        screen(c, "ELIGIBLE", null);
        opinions(c);
        decide(c, "ADOPT_WITH_CONDITIONS", "事業費の内訳を精査すること");
        flow.complete(c.pi().getId(), "Task_ReviseProposal", "applicant3", Map.of("revisionSummary", "消耗品費を見直した"));
        flow.complete(c.pi().getId(), "Task_ConfirmRevision", "coord1",
                Map.of("revisionDecision", "REQUEST_AGAIN", "revisionComment", "謝金の根拠も示してください"));
        flow.complete(c.pi().getId(), "Task_ReviseProposal", "applicant3", Map.of("revisionSummary", "謝金の単価表を添付"));
        flow.complete(c.pi().getId(), "Task_ConfirmRevision", "coord1", Map.of("revisionDecision", "ACCEPT"));
        rounds.recordBudgetVote(c.roundId(), "REJECTED", "予算案否決", "coord1");
        rounds.distributeBudgetVote(c.roundId());

        assertThat(noticesOf(c)).extracting(NoticeView::kind, NoticeView::title, NoticeView::body).containsSubsequence(
                tuple("ADOPT_WITH_CONDITIONS", "提案の審査結果（条件付き採択）", "「" + c.title()
                        + "」の審査結果：条件付き採択。条件：事業費の内訳を精査すること　条件に沿って提案を修正してください。"),
                tuple("BUDGET_REJECTED", "予算否決のお知らせ", "市議会で予算が否決されたため、「" + c.title() + "」は実施できなくなりました。"));
        assertThat(historyOf(c)).extracting(AuditTrail.Entry::step, AuditTrail.Entry::outcome, AuditTrail.Entry::reason,
                AuditTrail.Entry::actor).endsWith(
                tuple("決定", "ADOPT_WITH_CONDITIONS", "事業費の内訳を精査すること", "system"),
                tuple("条件に沿った修正", "REVISED", "消耗品費を見直した", "applicant3"),
                tuple("修正内容の確認", "REQUEST_AGAIN", "謝金の根拠も示してください", "coord1"),
                tuple("条件に沿った修正", "REVISED", "謝金の単価表を添付", "applicant3"),
                tuple("修正内容の確認", "ACCEPT", null, "coord1"),
                tuple("終了", "予算否決", null, "system"));
        assertThat(audit.history("PROPOSAL_ROUND", c.roundId())).extracting(AuditTrail.Entry::step,
                AuditTrail.Entry::outcome, AuditTrail.Entry::reason, AuditTrail.Entry::actor).containsExactly(
                tuple("募集", "OPENED", "通知のテスト 条件付き採択の通知", "coord1"),
                tuple("予算議決", "REJECTED", "予算案否決", "coord1"));
        assertThat(rounds.get(c.roundId())).extracting(ProposalRoundService.RoundView::status,
                ProposalRoundService.RoundView::budgetVote).containsExactly("DONE", "REJECTED");
    }

    @Test
    void anAdoptedAndARejectedProposalAreToldTheirResult() {
        Case adopted = submit("採択の通知", false);
        Case rejected = submit("不採択の通知", false);
        for (Case c : List.of(adopted, rejected)) {
            screen(c, "ELIGIBLE", null);
            opinions(c);
        }
        decide(adopted, "ADOPT", null);
        flow.runJobs(adopted.pi().getId());
        decide(rejected, "REJECT", null);

        assertThat(noticesOf(adopted)).extracting(NoticeView::kind, NoticeView::title, NoticeView::body).last()
                .isEqualTo(tuple("ADOPT", "提案の審査結果（採択）", "「" + adopted.title() + "」の審査結果：採択"));
        assertThat(noticesOf(rejected)).extracting(NoticeView::kind, NoticeView::title, NoticeView::body).last()
                .isEqualTo(tuple("REJECT", "提案の審査結果（不採択）", "「" + rejected.title() + "」の審査結果：不採択"));
        Long projectId = proposals.get(flow.user("coord1"), adopted.proposalId()).projectId();
        assertThat(historyOf(adopted)).extracting(AuditTrail.Entry::step, AuditTrail.Entry::outcome).endsWith(
                tuple("決定", "ADOPT"), tuple("協定へ", "PROJECT_STARTED:" + projectId));
        assertThat(historyOf(rejected)).extracting(AuditTrail.Entry::step, AuditTrail.Entry::outcome).endsWith(
                tuple("決定", "REJECT"), tuple("終了", "不採択"));
    }

    @Test
    void aCallKeepsItsPreConsultationsAndItsEarlyClosingInItsHistory() {
        Case c = submit("募集の履歴", false);
        long group = proposals.get(flow.user("coord1"), c.proposalId()).groupId();
        rounds.recordPreConsultation(c.roundId(), new ProposalInputs.PreConsultationInput(group, LocalDate.now(),
                "代表 花子", "dept-kosodate", "事業の進め方を相談"), "kosodate1");
        var closed = rounds.closeEarly(c.roundId(), "coord1");
        flow.fireTimer(closed.processInstanceId(), "Timer_SubmissionClosed");

        assertThat(audit.history("PROPOSAL_ROUND", c.roundId())).extracting(AuditTrail.Entry::step,
                AuditTrail.Entry::outcome, AuditTrail.Entry::reason, AuditTrail.Entry::actor).containsExactly(
                tuple("募集", "OPENED", "通知のテスト 募集の履歴", "coord1"),
                tuple("事前相談", "RECORDED:" + group, "事業の進め方を相談", "kosodate1"),
                tuple("募集", "CLOSED_EARLY", "締切を" + closed.rules().closesAt().toLocalDate() + "に早めた", "coord1"),
                tuple("募集", "CLOSED", null, "system"));
        assertThat(rounds.get(c.roundId()).status()).isEqualTo("CLOSED");
    }
}
