package jp.kyodoflow.themes;

import static jp.kyodoflow.themes.ThemeHttpSteps.detail;
import static jp.kyodoflow.themes.ThemeHttpSteps.proposal;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProjectStepsData;
import jp.kyodoflow.support.ProposalFixtures;
import jp.kyodoflow.support.ReviewFlow;
import jp.kyodoflow.support.TestTime;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administration-proposed scheme through the HTTP API, as its users walk it: a department's theme returned,
 * revised, forwarded and approved; published with a second theme that needs 事前協議; two groups propose (the
 * refusals on the way store nothing); a question answered and published without the asker; 要件審査 and the
 * department's opinion; the window closes; the committee ranks; the approver selects the top proposal; its project
 * is at 協議 within the theme's ceiling and the other group reads its rejection. Then the staff's files.
 */
@IntegrationTest
class AdministrationSchemeHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtime;
    @Autowired Flow flow;
    @Autowired ReviewFlow review;
    @Autowired JdbcTemplate jdbc;

    ThemeHttpSteps steps;

    @BeforeEach
    void steps() {
        steps = new ThemeHttpSteps(rest, runtime);
    }

    Api as(String user) {
        return new Api(rest, user);
    }

    long proposals() {
        return jdbc.queryForObject("select count(*) from proposal where status <> 'DRAFT'", Long.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aThemeFromDraftToItsPartnersProjectAtTheAgreementStep() throws Exception {
        // テーマ作成 → 差戻し → 修正 → 確認 → 決裁
        String title = "避難行動要支援者の見守り " + System.nanoTime();
        long themeId = steps.drafted("kosodate1", ThemeHttpSteps.draft(title, 600000, false));
        String themePi = steps.pi("TH-" + themeId);
        Api coord = as("coord1");
        var bare = coord.complete(themePi, "Task_ReviewTheme", Map.of("reviewDecision", "RETURN"));
        assertThat(bare.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(bare)).contains("理由を入力してください");
        assertThat(coord.complete(themePi, "Task_ReviewTheme", Map.of("reviewDecision", "RETURN",
                "reviewComment", "目指す成果を数字で")).getStatusCode().is2xxSuccessful()).isTrue();
        Map<String, Object> returned = as("kosodate1").get("/api/themes/" + themeId).getBody();
        assertThat(returned).containsEntry("status", "RETURNED").containsEntry("returnReason", "目指す成果を数字で");
        Map<String, Object> revised = ThemeHttpSteps.draft(title, 500000, false);
        revised.put("desiredOutcome", "3地区で見守り名簿ができ、年1回の訓練に50人が参加する");
        assertThat(as("kosodate1").complete(themePi, "Task_ReviseTheme", revised).getStatusCode().is2xxSuccessful()).isTrue();
        steps.forwardAndApprove(themeId);
        Map<String, Object> approved = coord.get("/api/themes/" + themeId).getBody();
        assertThat(approved).containsEntry("status", "APPROVED").containsEntry("budgetCeilingYen", 500000)
                .containsEntry("departmentGroup", "dept-kosodate");
        assertThat(approved.get("desiredOutcome").toString()).contains("50人");

        // 公募: refused while a theme is not approved (naming it), then both approved themes together
        long consulted = steps.approvedTheme("事前協議が必要な防災テーマ " + System.nanoTime(), 300000, true);
        String pendingTitle = "確認中のテーマ " + System.nanoTime();
        long pending = steps.drafted("kosodate1", ThemeHttpSteps.draft(pendingTitle, 100000, false));
        long config = steps.reviewConfig("行政提案型HTTP " + System.nanoTime());
        var closes = ProposalFixtures.now().plusDays(7);
        var unapproved = coord.post("/api/theme-calls", ThemeHttpSteps.call(List.of(themeId, pending), closes, config));
        assertThat(unapproved.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(unapproved)).contains(pendingTitle, "承認");
        assertThat(coord.get("/api/themes/" + themeId).getBody()).containsEntry("status", "APPROVED");
        long callId = steps.published(List.of(themeId, consulted), closes, config);
        assertThat(coord.get("/api/theme-calls/" + callId).getBody().get("themeIds")).isEqualTo(
                List.of((int) themeId, (int) consulted));
        assertThat(as("applicant1").list("/api/themes").getBody()).anyMatch(t -> title.equals(t.get("title")));
        long roundId = steps.roundOf(themeId);
        long consultedRound = steps.roundOf(consulted);

        // 提案: refusals store nothing; two groups propose
        String east = "見守りネット東 " + System.nanoTime();
        String west = "防災サークル西 " + System.nanoTime();
        long g1 = review.registerGroup(east, "会員 東", null);
        long g2 = review.registerGroup(west, "会員 西", null);
        long before = proposals();
        var overCeiling = steps.propose("applicant3", roundId, proposal(g1, "上限超え", 550000, 600000));
        assertThat(overCeiling.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(overCeiling)).contains("500,000円");
        assertThat(coord.post("/api/proposal-rounds/" + consultedRound + "/pre-consultations", Map.of("groupId", g1,
                "heldOn", ProposalFixtures.now().toLocalDate().toString(), "people", "代表・子育て支援課 係長",
                "departmentGroup", "dept-kosodate", "notes", "訓練の会場を相談")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var unconsulted = steps.propose("applicant3", consultedRound, proposal(g2, "相談なし", 250000, 300000));
        assertThat(unconsulted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(unconsulted)).contains("事前相談が必要です");
        assertThat(proposals()).isEqualTo(before);
        var consultedOne = steps.propose("applicant3", consultedRound, proposal(g1, "相談済みの訓練", 250000, 300000));
        assertThat(consultedOne.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long consultedProposal = id(consultedOne);
        long p1 = id(steps.propose("applicant3", roundId, proposal(g1, "東地区の見守り", 450000, 500000)));
        long p2 = id(steps.propose("applicant3", roundId, proposal(g2, "西地区の防災訓練", 400000, 450000)));
        var second = steps.propose("applicant3", roundId, proposal(g2, "二つ目", 100000, 150000));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(second)).contains("1団体1件まで");
        Map<String, Object> mine = as("applicant3").get("/api/proposals/" + p1).getBody();
        assertThat((Map<String, Object>) mine.get("content")).containsEntry("departments", List.of("dept-kosodate"));

        // Q&A: a group asks, the department answers in its task, the answer is published without the asker
        var asked = as("applicant3").post("/api/themes/" + themeId + "/questions",
                Map.of("groupId", g1, "question", "会場は市の施設を使えますか"));
        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String questionPi = steps.pi("TQ-" + asked.getBody().get("questionId"));
        assertThat(as("bosai1").list("/api/tasks?processInstanceId=" + questionPi).getBody()).noneMatch(t -> questionPi.equals(t.get("processInstanceId")));
        assertThat(as("kosodate1").complete(questionPi, "Task_AnswerQuestion", Map.of("answer", "公民館を無料で使えます"))
                .getStatusCode().is2xxSuccessful()).isTrue();
        var answers = as("applicant1").list("/api/themes/" + themeId + "/questions");
        assertThat(answers.getBody()).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("question", "会場は市の施設を使えますか").containsEntry("answer", "公民館を無料で使えます");
            assertThat(a).doesNotContainKeys("groupId", "askedBy", "groupName");
        });
        assertThat(rest.withBasicAuth("applicant1", "demo").getForObject("/api/themes/" + themeId + "/questions",
                String.class)).doesNotContain("applicant3", east);

        // 要件審査 and the theme department's opinion
        for (long p : List.of(p1, p2)) {
            String pi = steps.pi("PR-" + p);
            assertThat(coord.complete(pi, "Task_ConfirmEligibility", Map.of("eligibilityDecision", "ELIGIBLE"))
                    .getStatusCode().is2xxSuccessful()).isTrue();
            flow.runJobs(pi);
            assertThat(as("kosodate1").complete(pi, "Task_GiveOpinion", Map.of("feasibility", "FEASIBLE",
                    "roleFit", "APPROPRIATE", "budgetAvailability", "AVAILABLE", "opinionComments", "担当課として協力できる"))
                    .getStatusCode().is2xxSuccessful()).isTrue();
            flow.runJobs(pi);
            assertThat(as("applicant3").get("/api/proposals/" + p).getBody()).containsEntry("status", "AWAITING_REVIEW");
        }

        // the window closes: a late proposal is refused, naming the closing date and time
        String callPi = steps.pi("TC-" + callId);
        flow.fireTimer(callPi, "Timer_SubmissionClosed");
        long late = review.registerGroup("遅れた会 " + System.nanoTime(), "会員 遅", null);
        var tooLate = steps.propose("applicant3", roundId, proposal(late, "締切後", 100000, 150000));
        assertThat(tooLate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(tooLate)).contains("締め切りました", "年", "時");

        // 審査会: not while a proposal of the call is still in 要件審査; then started by the coordinator
        var early = coord.complete(callPi, "Task_StartThemeReview", Map.of("startReview", true));
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(early)).contains("要件審査・意見照会が終わっていない提案があります");
        assertThat(early.getBody().get("reasons").toString()).contains("PR-" + consultedProposal);
        assertThat(coord.complete(steps.pi("PR-" + consultedProposal), "Task_ConfirmEligibility", Map.of(
                "eligibilityDecision", "NOT_ACCEPTED", "eligibilityReason", "事業期間が年度を越えている")).getStatusCode()
                .is2xxSuccessful()).isTrue();
        assertThat(coord.complete(callPi, "Task_StartThemeReview", Map.of("startReview", true)).getStatusCode()
                .is2xxSuccessful()).isTrue();
        rank(callPi, Map.of(p1, 5, p2, 4));

        // 選定: the approver chooses the top proposal in the task's form
        Api approver = as("approver1");
        String selectTask = approver.taskId(callPi, "Task_SelectThemePartner");
        Map<String, Object> form = (Map<String, Object>) approver.get("/api/tasks/" + selectTask).getBody().get("variables");
        assertThat(String.valueOf(form.get("rankingSummary"))).contains("○ PR-" + p1, "○ PR-" + p2);
        assertThat(String.valueOf(form.get("partnerOptions"))).contains(String.valueOf(p1), "NONE");
        assertThat(approver.post("/api/tasks/" + selectTask + "/complete", Map.of("partner", String.valueOf(p1)))
                .getStatusCode().is2xxSuccessful()).isTrue();
        flow.runJobs(steps.pi("PR-" + p1));
        runtime.createProcessInstanceQuery().processInstanceBusinessKey("PR-" + p2).list()
                .forEach(pi -> flow.runJobs(pi.getId()));

        // the partner's project at 協議, within the ceiling; the other group is told
        mine = as("applicant3").get("/api/proposals/" + p1).getBody();
        assertThat(mine).containsEntry("status", "TO_AGREEMENT");
        long projectId = ((Number) mine.get("projectId")).longValue();
        Map<String, Object> project = (Map<String, Object>) as("kosodate1").get("/api/projects/" + projectId).getBody()
                .get("project");
        assertThat(project).containsEntry("departmentGroup", "dept-kosodate").containsEntry("partnerGroupId", (int) g1);
        String projectPi = (String) project.get("processInstanceId");
        Map<String, Object> negotiate = (Map<String, Object>) as("kosodate1").get("/api/tasks/"
                + as("kosodate1").taskId(projectPi, "Task_NegotiateAgreement")).getBody().get("variables");
        // 協議 starts from what the group asked (450,000円); the limit is the theme's ceiling (500,000円)
        assertThat(((Number) negotiate.get("cityContribution")).longValue()).isEqualTo(450000L);
        Map<String, Object> overLimit = new HashMap<>(ProjectStepsData.agreement());
        overLimit.put("cityContribution", 500001);
        var refused = as("kosodate1").complete(projectPi, "Task_NegotiateAgreement", overLimit);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(refused)).contains("上限（500,000円）");
        assertThat(as("applicant3").get("/api/proposals/" + p2).getBody()).containsEntry("status", "REJECTED");
        assertThat(as("applicant3").list("/api/notices").getBody()).anyMatch(n -> "REJECT".equals(n.get("kind"))
                && ((Number) n.get("caseId")).longValue() == p2);

        // what everyone reads of the outcome, and what the department reads of the proposals
        var outcome = as("applicant1").list("/api/themes/" + themeId + "/outcome").getBody();
        assertThat(outcome).singleElement().satisfies(o -> assertThat(o).containsEntry("outcome", "SELECTED")
                .containsEntry("partnerGroupName", east).containsEntry("proposalCount", 2)
                .containsEntry("projectId", null));
        assertThat(as("kosodate1").list("/api/themes/" + themeId + "/outcome").getBody().get(0))
                .containsEntry("projectId", (int) projectId);
        var entries = as("kosodate1").list("/api/themes/" + themeId + "/proposals").getBody();
        assertThat((List<Map<String, Object>>) entries.get(0).get("proposals"))
                .extracting(e -> e.get("groupName"), e -> e.get("partner"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(east, true), org.assertj.core.groups.Tuple.tuple(west, false));

        staffFiles(themeId, title, projectId, east);
    }

    /** The year's themes and the theme's Q&A as CSV and XLSX, for staff only. */
    void staffFiles(long themeId, String title, long projectId, String partner) throws Exception {
        int year = TestTime.thisFiscalYear().year();
        var csv = rest.withBasicAuth("coord1", "demo").getForEntity("/api/themes/export.csv?year=" + year, byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFテーマ番号,年度,テーマ名,担当課,市の負担額の上限（円）");
        String row = text.lines().filter(l -> l.contains(title)).findFirst().orElseThrow();
        assertThat(row).contains("TH-" + themeId, "500000", "100", "協働の相手を選定", partner, "PJ-" + projectId,
                ",2,");
        assertThat(text).contains("\r\n");
        var xlsx = rest.withBasicAuth("kosodate1", "demo").getForEntity("/api/themes/export.xlsx?year=" + year, byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("市の負担額の上限（円）");
            var themeRow = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(r -> title.equals(r.getCell(2).getStringCellValue())).findFirst().orElseThrow();
            assertThat(themeRow.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(themeRow.getCell(4).getNumericCellValue()).isEqualTo(500000d);
            assertThat(themeRow.getCell(10).getNumericCellValue()).isEqualTo(2d);
        }
        var qa = rest.withBasicAuth("kosodate1", "demo").getForEntity("/api/themes/" + themeId + "/qa.csv", byte[].class);
        String qaText = new String(qa.getBody(), StandardCharsets.UTF_8);
        assertThat(qaText).startsWith("\uFEFF質問番号,質問,回答,回答日時").contains("会場は市の施設を使えますか", "公民館を無料で使えます")
                .doesNotContain("applicant3", partner);
        var qaXlsx = rest.withBasicAuth("coord1", "demo").getForEntity("/api/themes/" + themeId + "/qa.xlsx", byte[].class);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(qaXlsx.getBody()))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("公民館を無料で使えます");
        }
        for (String path : List.of("/api/themes/export.csv?year=" + year, "/api/themes/" + themeId + "/qa.xlsx")) {
            var forGroup = as("applicant1").get(path);
            assertThat(forGroup.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(String.valueOf(forGroup.getBody().get("detail"))).contains("市の職員");
        }
    }

    /** The committee round the call started, walked by its members over HTTP: interests, hearing, scores, comments. */
    @SuppressWarnings("unchecked")
    void rank(String callPi, Map<Long, Integer> scoreByProposal) {
        String committeePi = runtime.createProcessInstanceQuery().superProcessInstanceId(callPi).singleResult().getId();
        long roundId = ((Number) runtime.getVariable(committeePi, "roundId")).longValue();
        for (String member : ThemeHttpSteps.MEMBERS) {
            Api m = as(member);
            String taskId = m.taskId(committeePi, "Task_ConfirmInterests");
            var sheet = ((Map<String, Object>) m.get("/api/tasks/" + taskId).getBody().get("variables")).get("interestSheet");
            assertThat(m.post("/api/tasks/" + taskId + "/complete", Map.of("interestSheet", sheet,
                    "noInterestConfirmed", true)).getStatusCode().is2xxSuccessful()).isTrue();
        }
        flow.runJobs(committeePi);
        var inRound = (List<Map<String, Object>>) as("coord1").get("/api/review-rounds/" + roundId).getBody().get("proposals");
        List<Map<String, Object>> order = new ArrayList<>();
        for (int i = 0; i < inRound.size(); i++) {
            order.add(Map.of("proposalId", inRound.get(i).get("id"), "position", i + 1));
        }
        assertThat(as("coord1").complete(committeePi, "Task_ScheduleHearing", Map.of("heldOn",
                ProposalFixtures.now().plusDays(20).toLocalDate().toString(), "startTime", "13:30", "place", "市役所 大会議室",
                "presentationMinutes", 7, "questionMinutes", 8, "hearingOrder", order)).getStatusCode().is2xxSuccessful()).isTrue();
        for (String member : ThemeHttpSteps.MEMBERS) {
            List<Map<String, Object>> scores = new ArrayList<>();
            for (Map<String, Object> p : inRound) {
                int score = scoreByProposal.get(((Number) p.get("refId")).longValue());
                scores.add(Map.of("proposalId", p.get("id"), "criterionCode", "public", "score", score));
                scores.add(Map.of("proposalId", p.get("id"), "criterionCode", "synergy", "score", score));
            }
            assertThat(as(member).post("/api/review-rounds/" + roundId + "/score-sheet", Map.of("stage", "HEARING",
                    "scores", scores)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        flow.runJobs(committeePi);
        List<Map<String, Object>> comments = inRound.stream()
                .map(p -> Map.<String, Object>of("proposalId", p.get("id"), "comment", "地域の課題に合っている")).toList();
        assertThat(as("committee1").complete(committeePi, "Task_WriteComments", Map.of("commentSheet", comments,
                "recommendation", "順位のとおり答申する")).getStatusCode().is2xxSuccessful()).isTrue();
        flow.runJobs(committeePi);
        flow.runJobs(callPi);
    }

    private static long id(org.springframework.http.ResponseEntity<Map<String, Object>> created) {
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return ((Number) created.getBody().get("id")).longValue();
    }
}
