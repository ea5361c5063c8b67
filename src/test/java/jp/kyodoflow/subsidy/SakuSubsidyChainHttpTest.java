package jp.kyodoflow.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.groups.GroupApplicationRequest;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The Saku subsidy's whole chain on real PostgreSQL, as its users walk it through the HTTP API: a group of 岩村田
 * applies to the demo call (佐久っと支援金, 少額), 広報広聴課 accepts and reviews the documents, the approver grants
 * less than requested with a reason; the group gets an advance, reports (a receipt before the decision is left
 * out), the amount is finalised and the rest paid; every step is in the ledger and the PDFs read back. A group of
 * 望月 is routed to 駒の里 and 望月支所; a double subsidy cannot be accepted; another group reads nothing of it.
 */
@IntegrationTest
class SakuSubsidyChainHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired GroupRegistrationService registrations;
    @Autowired SubsidyApplications applications;
    @Autowired SubsidyImplementation implementation;
    @Autowired Flow flow;

    @Test
    void aSmallGrantFromApplicationToPayment() throws Exception {
        long group = registerGroup("岩村田こども見守り隊", "長野県佐久市岩村田2-3-4", "saku-chain-a");
        CurrentUser member = member("saku-chain-a", group);
        LocalDate today = LocalDate.now(FiscalYear.TOKYO);
        FiscalYear year = FiscalYear.of(today);
        long id = applications.apply(member, group, new SubsidyInputs.Application("SMALL", null, "通学路の見守りと声かけ",
                "登下校の時間に通学路で見守りと声かけを行い、危ない場所の地図を作る", today, year.lastDay(),
                "見守りに参加する住民 30人、危険箇所の地図 1種類", List.of(
                new SubsidyInputs.BudgetLine("PUBLICITY", "地図の印刷", 60_000),
                new SubsidyInputs.BudgetLine("CONSUMABLES", "ベスト・腕章", 30_000),
                new SubsidyInputs.BudgetLine("FOOD", "打ち合わせの弁当", 10_000)), List.of(), 90_000));
        String key = "SA-" + id;
        String pi = instance(key);

        var view = applications.view(member, id);
        assertThat(view.programmeName()).isEqualTo("佐久っと支援金");
        assertThat(view.section()).isEqualTo("広報広聴課");
        assertThat(view.eligibleYen()).isEqualTo(90_000);
        assertThat(view.maxYen()).isEqualTo(90_000);

        // 要件審査 at 広報広聴課 (koho1): the member's meals are flagged, nothing blocks; 望月支所 does not see the task
        flow.runJobs(pi);
        assertThat(new Api(rest, "mochizuki1").list("/api/tasks?processInstanceId=" + pi).getBody())
                .noneMatch(t -> pi.equals(t.get("processInstanceId")));
        var koho = new Api(rest, "koho1");
        assertThat(koho.complete(pi, "Task_ConfirmRequirements", Map.of("requirementsDecision", "ACCEPT")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(applications.view(member, id).findings()).anySatisfy(f -> assertThat(f.message())
                .contains("打ち合わせの弁当").contains("構成員の飲食費は対象外"));
        koho.complete(pi, "Task_ReviewDocuments", Map.of("documentRecommendation", "GRANT", "documentComment", "計画は具体的"));

        // 交付決定: above the maximum is refused and changes nothing; below the request needs a reason
        var approver = new Api(rest, "approver1");
        var tooMuch = approver.complete(pi, "Task_DecideGrant", Map.of("grantDecision", "GRANT", "grantedYen", 95_000));
        assertThat(tooMuch.getStatusCode().is4xxClientError()).isTrue();
        assertThat(String.valueOf(tooMuch.getBody())).contains("上限 90,000円");
        var noReason = approver.complete(pi, "Task_DecideGrant", Map.of("grantDecision", "GRANT", "grantedYen", 80_000));
        assertThat(String.valueOf(noReason.getBody())).contains("理由");
        assertThat(applications.view(member, id).status()).isEqualTo("IN_REVIEW");
        approver.complete(pi, "Task_DecideGrant", Map.of("grantDecision", "GRANT", "grantedYen", 80_000,
                "grantReason", "ベストは既存のものを使えるため"));
        flow.runJobs(pi);
        view = applications.view(member, id);
        assertThat(view.status()).isEqualTo("GRANTED");
        assertThat(view.grantedYen()).isEqualTo(80_000);
        String grantPdf = pdfText(member, id, view.documents().get(0).id());
        assertThat(grantPdf).contains("交付決定通知書").contains("80,000円").contains("金八万円也").contains("令和")
                .contains("ベストは既存のものを使えるため").contains("佐久市長");

        // 概算払 50,000円, paid by 広報広聴課
        implementation.requestAdvance(member, id, 50_000);
        assertThatThrownBy(() -> implementation.requestAdvance(member, id, 1_000)).isInstanceOf(BusinessRuleException.class);
        koho.complete(pi, "Task_PayAdvance", Map.of("advancePaidOn", today.toString()));

        // 実績報告: a receipt dated before the decision does not count
        implementation.saveReport(member, id, new SubsidyInputs.Report("通学路で見守りを週3回、地図を作成", 32,
                "見守り参加者 32人（目標30人）、地図1種類を作成し全戸配布", List.of(
                new SubsidyInputs.ActualLine("PUBLICITY", "地図の印刷", 60_000, today),
                new SubsidyInputs.ActualLine("CONSUMABLES", "腕章", 20_000, today.minusDays(1))), "目標を達成した"));
        flow.complete(pi, "Task_SubmitReport", "saku-chain-a", Map.of("reportSubmitted", true));
        koho.complete(pi, "Task_CheckReport", Map.of("reportDecision", "ACCEPT"));
        approver.complete(pi, "Task_ConfirmFinalAmount", Map.of("finalConfirmed", true));
        view = applications.view(member, id);
        assertThat(view.finalYen()).as("min(80,000, 60,000 × 10/10, 100,000)").isEqualTo(60_000);
        assertThat(view.reportFindings()).anySatisfy(f -> assertThat(f.message()).contains("腕章").contains("交付決定日"));
        String finalPdf = pdfText(member, id, view.documents().get(1).id());
        assertThat(finalPdf).contains("額確定通知書").contains("60,000円").contains("金六万円也").contains("10,000円");

        // 請求 → 支払: another group cannot ask for this group's payment through any door
        String request = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_RequestPayment").singleResult().getId();
        assertThat(new Api(rest, "applicant2").post("/api/tasks/" + request + "/complete", Map.of("paymentRequested", true))
                .getStatusCode().is4xxClientError()).isTrue();
        var engineRest = rest.withBasicAuth("applicant2", "demo").postForEntity("/engine-rest/task/" + request + "/complete",
                new org.springframework.http.HttpEntity<>(Map.of("variables", Map.of("paymentRequested", Map.of("value", true))),
                        jsonHeaders()), String.class);
        assertThat(engineRest.getStatusCode().is4xxClientError()).isTrue();
        assertThat(applications.view(member, id).status()).isEqualTo("FINALISED");
        flow.complete(pi, "Task_RequestPayment", "saku-chain-a", Map.of("paymentRequested", true));
        koho.complete(pi, "Task_RecordPayment", Map.of("paidOn", today.toString()));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();

        Map<String, Object> ledger = new Api(rest, "saku-chain-a").get("/api/subsidy/applications/" + id + "/ledger").getBody();
        assertThat(ledger).containsEntry("grantedYen", 80_000).containsEntry("advancedYen", 50_000)
                .containsEntry("finalYen", 60_000).containsEntry("paidYen", 10_000).containsEntry("outstandingYen", 0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) ledger.get("lines");
        assertThat(lines).extracting(l -> l.get("kind")).containsExactly("GRANTED", "ADVANCE_PAID", "FINALISED", "PAID");
        assertThat(lines).allSatisfy(l -> assertThat((String) l.get("rulesLabel")).contains("年度 第"));

        // the finance section's export has every line; another group reads nothing of it
        var csv = rest.withBasicAuth("coord1", "demo").getForEntity("/api/subsidy/ledger?fiscalYear=" + year.year(), byte[].class);
        assertThat(new String(csv.getBody(), java.nio.charset.StandardCharsets.UTF_8)).contains(key).contains("概算払")
                .contains("\"額の確定\",60000");
        assertThat(new Api(rest, "applicant2").get("/api/subsidy/applications/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("applicant2", "demo").getForEntity("/api/subsidy/applications/" + id + "/documents/"
                + view.documents().get(0).id(), byte[].class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(new Api(rest, "mochizuki1").get("/api/subsidy/applications/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aGroupOfMochizukiGoesToKomanosatoAndADoubleSubsidyCannotBeAccepted() {
        long group = registerGroup("望月の里山を守る会", "長野県佐久市望月300", "saku-chain-b");
        CurrentUser member = member("saku-chain-b", group);
        LocalDate today = LocalDate.now(FiscalYear.TOKYO);
        long id = applications.apply(member, group, new SubsidyInputs.Application("NORMAL", null, "里山の遊歩道づくり",
                "荒れた里山に遊歩道をつくり、親子の自然観察会を開く", today, FiscalYear.of(today).lastDay(), "観察会 4回・参加者 100人",
                List.of(new SubsidyInputs.BudgetLine("FEES", "自然観察の講師", 200_000),
                        new SubsidyInputs.BudgetLine("RENTAL", "草刈り機の借り上げ", 200_000)),
                List.of(new SubsidyInputs.Funding("県の森林づくり補助金", 100_000)), 250_000));
        String pi = instance("SA-" + id);
        flow.runJobs(pi);
        var view = applications.view(member, id);
        assertThat(view.programmeName()).isEqualTo("駒の里過疎対策プロジェクト支援金");
        assertThat(view.section()).isEqualTo("望月支所");
        assertThat(new Api(rest, "koho1").list("/api/tasks?processInstanceId=" + pi).getBody()).noneMatch(t -> pi.equals(t.get("processInstanceId")));

        var mochizuki = new Api(rest, "mochizuki1");
        var accept = mochizuki.complete(pi, "Task_ConfirmRequirements", Map.of("requirementsDecision", "ACCEPT"));
        assertThat(accept.getStatusCode().is4xxClientError()).isTrue();
        assertThat(String.valueOf(accept.getBody())).contains("県の森林づくり補助金").contains("地域発元気づくり支援金")
                .contains("申請額 250,000円").contains("上限 200,000円");
        assertThat(applications.view(member, id).status()).isEqualTo("SUBMITTED");
        mochizuki.complete(pi, "Task_ConfirmRequirements", Map.of("requirementsDecision", "REFUSE",
                "requirementsReason", "同じ事業に県の補助金を受けるため"));
        assertThat(applications.view(member, id).status()).isEqualTo("REFUSED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    }

    @Test
    void aChangeIsApprovedAsANewVersionThenTheProjectIsCancelledAndTheAdvanceRepaid() throws Exception {
        long group = registerGroup("臼田の川をきれいにする会", "長野県佐久市臼田100", "saku-chain-c");
        CurrentUser member = member("saku-chain-c", group);
        LocalDate today = LocalDate.now(FiscalYear.TOKYO);
        long id = applications.apply(member, group, new SubsidyInputs.Application("SMALL", null, "千曲川の河川敷清掃",
                "月1回、河川敷のごみを拾い、分別して処分する", today, FiscalYear.of(today).lastDay(), "参加者 延べ100人",
                List.of(new SubsidyInputs.BudgetLine("CONSUMABLES", "軍手・ごみ袋", 50_000),
                        new SubsidyInputs.BudgetLine("INSURANCE", "ボランティア保険", 30_000)), List.of(), 80_000));
        String pi = instance("SA-" + id);
        flow.runJobs(pi);
        var koho = new Api(rest, "koho1");
        var approver = new Api(rest, "approver1");
        koho.complete(pi, "Task_ConfirmRequirements", Map.of("requirementsDecision", "ACCEPT"));
        koho.complete(pi, "Task_ReviewDocuments", Map.of("documentRecommendation", "GRANT"));
        approver.complete(pi, "Task_DecideGrant", Map.of("grantDecision", "GRANT", "grantedYen", 80_000));
        flow.runJobs(pi);
        implementation.requestAdvance(member, id, 40_000);
        koho.complete(pi, "Task_PayAdvance", Map.of("advancePaidOn", today.toString()));

        // a change within 20 % is recorded; one beyond it goes to the approver, who grants less than its maximum
        assertThat(implementation.requestChange(member, id, new SubsidyInputs.Change("保険の人数が増えた", false, null, List.of(
                new SubsidyInputs.BudgetLine("CONSUMABLES", "軍手・ごみ袋", 50_000),
                new SubsidyInputs.BudgetLine("INSURANCE", "ボランティア保険", 46_000)))))
                .isEqualTo(SubsidyImplementation.ChangeKind.MINOR);
        assertThat(implementation.requestChange(member, id, new SubsidyInputs.Change("清掃の範囲を広げる", true, "下流の2地区を加える",
                List.of(new SubsidyInputs.BudgetLine("CONSUMABLES", "軍手・ごみ袋", 60_000),
                        new SubsidyInputs.BudgetLine("INSURANCE", "ボランティア保険", 46_000)))))
                .isEqualTo(SubsidyImplementation.ChangeKind.APPROVAL);
        var tooMuch = approver.complete(pi, "Task_ApproveChange", Map.of("changeDecision", "APPROVE", "changedGrantYen", 106_000));
        assertThat(String.valueOf(tooMuch.getBody())).contains("上限 100,000円");
        approver.complete(pi, "Task_ApproveChange", Map.of("changeDecision", "APPROVE", "changedGrantYen", 95_000,
                "changeReason", "保険料の増分は認める"));
        var view = applications.view(member, id);
        assertThat(view.decisionVersion()).isEqualTo(2);
        assertThat(view.decisions()).extracting(SubsidyViews.DecisionView::grantedYen).containsExactly(80_000L, 95_000L);
        assertThat(pdfText(member, id, view.decisions().get(1).documentId())).contains("変更交付決定通知書")
                .contains("95,000円").contains("80,000円");

        // 中止: the advance of 40,000 is ordered back, repaid in two parts
        implementation.cancel(member, id, "河川工事で河川敷に入れなくなった");
        flow.runJobs(pi);
        view = applications.view(member, id);
        assertThat(view.status()).isEqualTo("REPAYMENT_DUE");
        assertThat(view.repayYen()).isEqualTo(40_000);
        String order = pdfText(member, id, view.documents().get(view.documents().size() - 1).id());
        assertThat(order).contains("返還命令書").contains("40,000円").contains("金四万円也").contains("事業の中止");
        var over = koho.complete(pi, "Task_RecordRepayment", Map.of("repaidOn", today.toString(), "repaidYen", 50_000));
        assertThat(over.getStatusCode().is4xxClientError()).isTrue();
        koho.complete(pi, "Task_RecordRepayment", Map.of("repaidOn", today.toString(), "repaidYen", 10_000));
        assertThat(applications.view(member, id).status()).isEqualTo("REPAYMENT_DUE");
        koho.complete(pi, "Task_RecordRepayment", Map.of("repaidOn", today.toString(), "repaidYen", 30_000));
        assertThat(applications.view(member, id).status()).isEqualTo("REPAID");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        var ledger = applications.ledger(member, id);
        assertThat(ledger.lines()).extracting(SubsidyViews.LedgerLine::kind).containsExactly("GRANTED", "ADVANCE_PAID",
                "REGRANTED", "REPAYMENT_ORDERED", "REPAID", "REPAID");
        assertThat(ledger.outstandingYen()).isZero();
    }

    private String pdfText(CurrentUser member, long id, long documentId) throws Exception {
        var response = rest.withBasicAuth(member.userId(), "demo").getForEntity("/api/subsidy/applications/" + id
                + "/documents/" + documentId, byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        try (var doc = Loader.loadPDF(response.getBody())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static org.springframework.http.HttpHeaders jsonHeaders() {
        var h = new org.springframework.http.HttpHeaders();
        h.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return h;
    }

    private String instance(String key) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
    }

    private long registerGroup(String name, String address, String officer) {
        if (identity.createUserQuery().userId(officer).count() == 0) {
            User u = identity.newUser(officer);
            u.setFirstName("団体 役員");
            u.setLastName("");
            u.setPassword("demo");
            identity.saveUser(u);
            identity.createMembership(officer, Roles.APPLICANT);
        }
        var request = new GroupApplicationRequest(name, "VOLUNTEER", "代表 太郎", officer + "@example.jp", "0267-00-0000",
                address, 8, LocalDate.of(2020, 4, 1), List.of("MACHIZUKURI"),
                List.of(new GroupApplicationRequest.Person("代表 太郎", "代表", officer)), List.of(), true, true, true, true,
                true, true, true, true);
        var submitted = registrations.submit(new CurrentUser(officer, Set.of(Roles.APPLICANT)), request);
        String pi = instance("GA-" + submitted.id());
        flow.complete(pi, "Task_ReviewRegistration", "coord1", Map.of("registrationDecision", "REGISTER"));
        return registrations.application(flow.user("coord1"), submitted.id()).civicGroupId();
    }

    private CurrentUser member(String userId, long group) {
        return new CurrentUser(userId, Set.of(Roles.APPLICANT, Roles.civicGroup(group)));
    }
}
