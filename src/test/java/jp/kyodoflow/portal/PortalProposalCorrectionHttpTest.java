package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.proposals.ProposalService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.PortalSession;
import jp.kyodoflow.support.ReviewFlow;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** After 差戻し the group corrects and resubmits in the portal; after 条件付き採択 it reports its revision: the same tasks as Tasklist. */
@IntegrationTest
class PortalProposalCorrectionHttpTest {

    static final CurrentUser APPLICANT1 = new CurrentUser("applicant1", java.util.Set.of("applicant", "group-1"));

    @Autowired TestRestTemplate rest;
    @Autowired ProposalRoundService calls;
    @Autowired ProposalService proposals;
    @Autowired ReviewFlow review;
    @Autowired Flow flow;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired Clock clock;

    record Submitted(long callId, long id, String pi, PortalSession member) {
    }

    Submitted submitted(String title) {
        long call = ProposalCalls.open(calls, review, clock, title + "の募集");
        PortalSession member = new PortalSession(rest, null);
        member.login("applicant1", "demo");
        member.get("/mypage/groups/1/proposals/new?call=" + call);
        MultiValueMap<String, String> form = ProposalCalls.form(clock, title, "450000");
        form.add("action", "submit");
        ResponseEntity<String> done = member.post("/mypage/groups/1/proposals?call=" + call, form, true);
        long id = Long.parseLong(done.getHeaders().getLocation().getPath().split("/")[3]);
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("PR-" + id).singleResult().getId();
        return new Submitted(call, id, pi, member);
    }

    @Test
    void aSentBackProposalIsCorrectedAndResubmittedThroughTheCorrectionTask() {
        Submitted s = submitted("差戻し後にポータルで修正");
        flow.complete(s.pi(), "Task_ConfirmEligibility", "coord1",
                Map.of("eligibilityDecision", "SEND_BACK", "eligibilityReason", "目標値を具体的にしてください"));
        assertThat(proposals.get(APPLICANT1, s.id()).status()).isEqualTo("SENT_BACK");

        ResponseEntity<String> page = s.member().get("/mypage/proposals/" + s.id());
        assertThat(page.getBody()).contains("差戻し（修正待ち）", "目標値を具体的にしてください", "修正して再提出", "期限");
        String edit = "/mypage/proposals/" + s.id() + "/edit";
        assertThat(s.member().get(edit).getBody()).contains("事務局から差し戻されました", "目標値を具体的にしてください");

        MultiValueMap<String, String> incomplete = ProposalCalls.form(clock, "差戻し後にポータルで修正", "450000");
        incomplete.set("targets[0].targetValue", "");
        incomplete.add("version", String.valueOf(proposals.get(APPLICANT1, s.id()).version()));
        incomplete.add("action", "submit");
        ResponseEntity<String> refused = s.member().post(edit, incomplete, true);
        assertThat(refused.getBody()).contains("目標1の目標値が入力されていません", "id=\"err-targets-0-targetValue\"");
        assertThat(proposals.get(APPLICANT1, s.id()).status()).as("nothing changed").isEqualTo("SENT_BACK");
        assertThat(tasks.createTaskQuery().processInstanceId(s.pi()).taskDefinitionKey("Task_CorrectProposal").count()).isOne();

        s.member().get(edit);
        MultiValueMap<String, String> fixed = ProposalCalls.form(clock, "差戻し後にポータルで修正", "450000");
        fixed.set("targets[0].targetValue", "年40回・延べ800人");
        fixed.add("version", String.valueOf(proposals.get(APPLICANT1, s.id()).version()));
        fixed.add("action", "submit");
        assertThat(s.member().post(edit, fixed, true).getHeaders().getLocation().toString()).endsWith("?submitted");
        assertThat(proposals.get(APPLICANT1, s.id()).status()).isEqualTo("SUBMITTED");
        assertThat(proposals.get(APPLICANT1, s.id()).content().targets().get(0).targetValue()).isEqualTo("年40回・延べ800人");
        assertThat(tasks.createTaskQuery().processInstanceId(s.pi()).taskDefinitionKey("Task_ConfirmEligibility").count()).isOne();
        assertThat(s.member().get("/mypage/proposals/" + s.id()).getBody()).contains("要件審査中", "提案の修正");
    }

    @Test
    void aProposalAdoptedWithConditionsIsRevisedThroughTheRevisionTask() {
        Submitted s = submitted("条件付き採択をポータルで修正");
        flow.complete(s.pi(), "Task_ConfirmEligibility", "coord1", Map.of("eligibilityDecision", "ELIGIBLE"));
        flow.complete(s.pi(), flow.tasksOf(s.pi(), "Task_GiveOpinion", "kosodate1"), "kosodate1",
                Map.of("feasibility", "FEASIBLE", "roleFit", "APPROPRIATE", "budgetAvailability", "AVAILABLE"));
        flow.runJobs(s.pi());
        calls.distributeDecisions(s.callId(), List.of(new ProposalRoundService.Decision("CITIZEN_PROPOSAL", s.id(),
                "ADOPT_WITH_CONDITIONS", "事業費の内訳を精査すること")));
        assertThat(proposals.get(APPLICANT1, s.id()).status()).isEqualTo("REVISING");

        ResponseEntity<String> page = s.member().get("/mypage/proposals/" + s.id());
        assertThat(page.getBody()).contains("条件付き採択", "事業費の内訳を精査すること", "修正内容の説明", "決定", "現在の段階");
        MultiValueMap<String, String> report = new LinkedMultiValueMap<>();
        report.add("revisionSummary", "消耗品費の内訳を見直しました");
        assertThat(s.member().post("/mypage/proposals/" + s.id() + "/revise", report, true).getHeaders().getLocation().toString())
                .endsWith("?revised");
        assertThat(tasks.createTaskQuery().processInstanceId(s.pi()).taskDefinitionKey("Task_ReviseProposal").count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(s.pi()).taskDefinitionKey("Task_ConfirmRevision").count()).isOne();

        ResponseEntity<String> again = s.member().post("/mypage/proposals/" + s.id() + "/revise", report, true);
        assertThat(again.getHeaders().getLocation().getPath()).isEqualTo("/mypage/proposals/" + s.id());
        assertThat(s.member().get("/mypage/proposals/" + s.id()).getBody()).contains("いま団体が行う手続きがありません");
    }
}
