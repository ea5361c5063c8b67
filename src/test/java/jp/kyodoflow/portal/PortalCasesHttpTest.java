package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.PortalSession;
import jp.kyodoflow.support.ReviewFlow;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The coordinator's call page, its exports and the case history pages over real HTTP: what each role sees,
 * and "not found" for everyone the owning module does not let read the case.
 */
@IntegrationTest
class PortalCasesHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired ReviewFlow review;
    @Autowired Flow flow;
    @Autowired RuntimeService runtime;

    static CaseData.Call call;

    @BeforeEach
    void aCallWithThreeProposals() {
        if (call == null) {
            call = new CaseData(rest, review, flow, runtime).call("（経過）");
        }
    }

    PortalSession as(String user) {
        PortalSession s = new PortalSession(rest, null);
        s.login(user, "demo");
        return s;
    }

    @Test
    void theCoordinatorSeesEveryProposalWithStepDeadlineOpinionsAndTheExports() {
        ResponseEntity<String> page = as("coord1").get("/staff/calls/" + call.roundId());
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("ポータル経過テスト募集", "募集の決まり", "審査会で審査中", "提案（3件）",
                        call.titleA(), call.titleB(), call.titleC(), "居場所の会（経過）", "みどりの会（経過）")
                .contains("子育て支援課：回答済み", "危機管理課：未回答", "意見照会（危機管理課）".substring(0, 4), "期限：")
                .contains("/staff/calls/" + call.roundId() + "/proposals.csv")
                .contains("/staff/review-rounds/" + call.committeeRoundId() + "/export.csv?sheet=TOTALS",
                        "/staff/review-rounds/" + call.committeeRoundId() + "/export.xlsx")
                .doesNotContain("dept-kosodate", "IN_OPINION", "REVIEWING");

        PortalSession coord = as("coord1");
        ResponseEntity<String> csv = coord.get("/staff/calls/" + call.roundId() + "/proposals.csv");
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).endsWith(".csv");
        assertThat(csv.getBody()).startsWith("\uFEFF提案番号,").contains(call.titleA(), call.titleB(), "危機管理課");
        ResponseEntity<String> totals = coord.get("/staff/review-rounds/" + call.committeeRoundId() + "/export.csv?sheet=TOTALS");
        assertThat(totals.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(totals.getBody()).startsWith("\uFEFF順位,提案番号");
        ResponseEntity<String> xlsx = coord.get("/staff/review-rounds/" + call.committeeRoundId() + "/export.xlsx");
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getHeaders().getContentType().toString()).contains("spreadsheetml");
        assertThat(coord.get("/staff/review-rounds/" + call.committeeRoundId() + "/export.csv?sheet=NOPE").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDepartmentSeesOnlyTheProposalsThatNameItAndNoExportsBeforeTheDecision() {
        PortalSession bosai = as("bosai1");
        String page = bosai.get("/staff/calls/" + call.roundId()).getBody();
        assertThat(page).contains(call.titleA(), call.titleC(), "提案（2件）").doesNotContain(call.titleB());
        assertThat(bosai.get("/staff/calls/" + call.roundId() + "/proposals.csv").getBody()).doesNotContain(call.titleB());
        assertThat(bosai.get("/staff/review-rounds/" + call.committeeRoundId() + "/export.csv?sheet=SCORES").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        PortalSession kankyo = as("kankyo1");
        assertThat(kankyo.get("/staff/calls/" + call.roundId()).getBody()).contains(call.titleB(), "提案（1件）")
                .doesNotContain(call.titleA());
        assertThat(kankyo.get("/staff/cases/PROPOSAL/" + call.proposalA() + "/history").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(kankyo.get("/staff/cases/PROPOSAL/" + call.proposalB() + "/history").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void groupsAndVisitorsNeverReachTheStaffPages() {
        PortalSession group = as("applicant2");
        for (String path : new String[] {"/staff", "/staff/calls", "/staff/calls/" + call.roundId(),
                "/staff/calls/" + call.roundId() + "/proposals.csv",
                "/staff/review-rounds/" + call.committeeRoundId() + "/export.xlsx",
                "/staff/cases/PROPOSAL/" + call.proposalA() + "/history"}) {
            ResponseEntity<String> answer = group.get(path);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getBody()).as(path).contains("ページが見つかりません").doesNotContain(call.titleA());
        }
        assertThat(new PortalSession(rest, null).get("/staff/calls/" + call.roundId()).getStatusCode())
                .isEqualTo(HttpStatus.FOUND);
    }

    @Test
    void staffReadTheWholeHistoryWithNamesRolesAndInternalNotes() {
        ResponseEntity<String> page = as("coord1").get("/staff/cases/PROPOSAL/" + call.proposalA() + "/history");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("経過：" + call.titleA(), ">提出<", ">受理<", ">子育て支援課：実現可能<",
                        "内部メモ：調理室は火曜のみ空き", "内部記録（団体には表示されません）", "（コーディネーター・事務局）", "年", "月", "日", "時")
                .doesNotContain("FEASIBLE", "ELIGIBLE", "dept-kosodate");
        assertThat(as("coord1").get("/staff/cases/PROPOSAL_ROUND/" + call.roundId() + "/history").getBody())
                .contains(">募集開始<", ">締切を早めた<");
        assertThat(as("coord1").get("/staff/cases/REVIEW_ROUND/" + call.committeeRoundId() + "/history").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("coord1").get("/staff/cases/NOPE/1/history").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theGroupReadsItsOwnHistoryWithoutInternalNotesOrTheCitysUserIds() {
        PortalSession group = as("applicant3");
        ResponseEntity<String> page = group.get("/mypage/cases/PROPOSAL/" + call.proposalA() + "/history");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("経過：" + call.titleA(), ">提出<", ">受理<", "市の担当者", "（団体）")
                .doesNotContain("内部メモ", "意見照会", "coord1", "kosodate1", "コーディネーター", "内部記録");

        PortalSession other = as("applicant2");
        for (String path : new String[] {"/mypage/cases/PROPOSAL/" + call.proposalA() + "/history",
                "/mypage/cases/PROPOSAL_ROUND/" + call.roundId() + "/history",
                "/mypage/cases/REVIEW_ROUND/" + call.committeeRoundId() + "/history"}) {
            assertThat(other.get(path).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(group.get("/mypage/cases/REVIEW_ROUND/" + call.committeeRoundId() + "/history").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theApiLeavesTheInternalLinesOutOfTheGroupsHistoryToo() {
        String path = "/api/proposals/" + call.proposalA();
        assertThat(new jp.kyodoflow.support.Api(rest, "applicant3").get(path).getBody().get("history").toString())
                .contains("提案", "要件審査").doesNotContain("意見照会", "内部メモ");
        assertThat(new jp.kyodoflow.support.Api(rest, "coord1").get(path).getBody().get("history").toString())
                .contains("意見照会", "内部メモ：調理室は火曜のみ空き");
    }
}
