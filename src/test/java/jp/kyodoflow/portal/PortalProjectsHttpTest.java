package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.PortalSession;
import jp.kyodoflow.support.ProjectSteps;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The group's project and agreement pages over real HTTP: the group answers the agreement and self-evaluates
 * through its own Camunda tasks (the same tasks Tasklist shows), refusals keep what it typed and change nothing,
 * earlier versions stay readable, and another group gets "not found" for every page and POST.
 */
@IntegrationTest
class PortalProjectsHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired ProjectSteps steps;
    @Autowired Flow flow;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    PortalSession as(String user) {
        PortalSession s = new PortalSession(rest, null);
        s.login(user, "demo");
        return s;
    }

    long openTasks(String pi, String key) {
        return tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).count();
    }

    static MultiValueMap<String, String> form(String... kv) {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            f.add(kv[i], kv[i + 1]);
        }
        return f;
    }

    long latestAgreement(long projectId) {
        return jdbc.queryForObject("select max(id) from agreement where project_id = ?", Long.class, projectId);
    }

    @Test
    void aProjectBothSidesSignedIsPublishedOnTheTopPageOneStillInNegotiationIsNot() {
        FiscalYear year = FiscalYear.current(clock);
        var signed = steps.raise("公開される協働事業（両者署名済み）");
        var talking = steps.raise("まだ公開されない協働事業（協議中）");
        for (var p : java.util.List.of(signed, talking)) {
            steps.consider(p.processInstanceId(), "YES");
            steps.chooseForm(p.processInstanceId(), "COOPERATION_AGREEMENT");
            steps.selectPartner(p.processInstanceId(), ProjectSteps.GROUP_1);
            steps.negotiate(p.processInstanceId(), year, "公開の確認");
        }
        steps.signAsGroup(signed.processInstanceId(), "SIGN");
        steps.signAsCity(signed.processInstanceId(), "SIGN");

        String top = new PortalSession(rest, null).get("/").getBody(); // a visitor, not signed in
        assertThat(top).contains("協働事業の一覧", "公開される協働事業（両者署名済み）", "佐久こども食堂ネットワーク", "事業実施中")
                .doesNotContain("まだ公開されない協働事業（協議中）");
    }

    @Test
    void theGroupAnswersTheAgreementInThePortalAndReadsTheEarlierVersion() {
        FiscalYear year = FiscalYear.current(clock);
        var p = steps.raise("ポータルで署名する協働事業");
        String pi = p.processInstanceId();
        steps.consider(pi, "YES");
        steps.chooseForm(pi, "COOPERATION_AGREEMENT");
        steps.selectPartner(pi, ProjectSteps.GROUP_1);
        steps.negotiate(pi, year, "子どもの居場所づくり（ポータル）");
        long v1 = latestAgreement(p.id());

        PortalSession group = as("applicant1");
        String projectPage = group.get("/mypage/projects/" + p.id()).getBody();
        assertThat(projectPage).contains("ポータルで署名する協働事業", "団体がすること", "協定の確認・署名（団体）",
                "/mypage/projects/" + p.id() + "/agreement", "第1版（1年目）", "署名待ち", "期限：")
                .doesNotContain("AGREEMENT_SIGNING", "DRAFT");
        assertThat(group.get("/mypage/groups/1").getBody()).contains("事業と協定", "ポータルで署名する協働事業",
                "対応が必要なこと", "協定の確認・署名（団体）");
        assertThat(group.get("/mypage/projects/" + p.id() + "/agreement").getHeaders().getLocation().getPath())
                .isEqualTo("/mypage/projects/" + p.id() + "/agreements/" + v1);
        String agreementPage = group.get("/mypage/projects/" + p.id() + "/agreements/" + v1).getBody();
        assertThat(agreementPage).contains("協定書（第1版）", "子どもの居場所づくり（ポータル）", "300,000円", "協定への回答",
                "name=\"decision\"");

        // refusals: nothing chosen; changes without saying which — the page again, input kept, the task still open
        String answer = "/mypage/projects/" + p.id() + "/agreements/" + v1 + "/answer";
        ResponseEntity<String> none = group.post(answer, form("comment", "よろしくお願いします"), true);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(none.getBody()).contains("署名するか、修正を求めるかを選んでください", "よろしくお願いします",
                "aria-invalid=\"true\"", "aria-describedby=\"answer-error\"");
        ResponseEntity<String> noComment = group.post(answer, form("decision", "REQUEST_CHANGES", "comment", ""), true);
        assertThat(noComment.getBody()).contains("修正してほしい点をコメントに入力してください");
        assertThat(noComment.getBody()).containsPattern("value=\"REQUEST_CHANGES\"\\s+checked");
        assertThat(openTasks(pi, "Task_SignAgreementAsGroup")).isEqualTo(1);

        ResponseEntity<String> changes = group.post(answer, form("decision", "REQUEST_CHANGES", "comment", "開催回数を見直したい"), true);
        assertThat(changes.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(openTasks(pi, "Task_SignAgreementAsGroup")).isZero();
        steps.signAsCity(pi, "SIGN");
        steps.negotiate(pi, year, "子どもの居場所づくり（回数見直し）");
        long v2 = latestAgreement(p.id());

        String earlier = group.get("/mypage/projects/" + p.id() + "/agreements/" + v1).getBody();
        assertThat(earlier).contains("これは以前の版です", "子どもの居場所づくり（ポータル）", "団体：修正を依頼", "開催回数を見直したい",
                "取下げ").doesNotContain("name=\"decision\"");
        assertThat(group.post("/mypage/projects/" + p.id() + "/agreements/" + v1 + "/answer", form("decision", "SIGN"), true)
                .getStatusCode()).as("an earlier version cannot be answered").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(group.get("/mypage/projects/" + p.id() + "/agreements/" + v2).getBody()).contains("第2版", "回数見直し",
                "name=\"decision\"");
        ResponseEntity<String> sign = group.post("/mypage/projects/" + p.id() + "/agreements/" + v2 + "/answer",
                form("decision", "SIGN"), true);
        assertThat(sign.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(openTasks(pi, "Task_SignAgreementAsGroup")).isZero();
        assertThat(group.get("/mypage/projects/" + p.id() + "/agreements/" + v2 + "?answered=signed").getBody())
                .contains("署名しました", "団体：署名").doesNotContain("name=\"decision\"");

        String history = group.get("/mypage/cases/PROJECT/" + p.id() + "/history").getBody();
        assertThat(history).contains("協定締結", "団体が修正を依頼（第1版）", "市の担当者").doesNotContain("kosodate1", "approver1");

        PortalSession other = as("applicant2");
        for (String path : new String[] {"/mypage/projects/" + p.id(), "/mypage/projects/" + p.id() + "/agreement",
                "/mypage/projects/" + p.id() + "/agreements/" + v1, "/mypage/projects/" + p.id() + "/self-evaluation",
                "/mypage/cases/PROJECT/" + p.id() + "/history"}) {
            ResponseEntity<String> answerOther = other.get(path);
            assertThat(answerOther.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answerOther.getBody()).as(path).doesNotContain("ポータルで署名する協働事業");
        }
        other.get("/mypage/groups/2");
        assertThat(other.post("/mypage/projects/" + p.id() + "/agreements/" + v2 + "/answer", form("decision", "SIGN"), true)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.post("/mypage/projects/" + p.id() + "/self-evaluation", form("targets", "5"), true).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.get("/mypage/groups/2").getBody()).doesNotContain("ポータルで署名する協働事業");
    }

    @Test
    void theGroupSelfEvaluatesInThePortalAndNeverSeesTheDepartmentsOwnEvaluation() {
        FiscalYear year = FiscalYear.current(clock);
        var p = steps.raise("ポータルで自己評価する協働事業");
        String pi = p.processInstanceId();
        steps.consider(pi, "YES");
        steps.chooseForm(pi, "COOPERATION_AGREEMENT");
        steps.selectPartner(pi, ProjectSteps.GROUP_1);
        steps.negotiate(pi, year, "見守り活動（ポータル）");
        steps.signAsGroup(pi, "SIGN");
        steps.signAsCity(pi, "SIGN");
        flow.runJobs(pi);
        steps.run(pi, "COMPLETED");
        assertThat(openTasks(pi, "Task_SelfEvaluateAsGroup")).isEqualTo(1);

        PortalSession group = as("applicant1");
        assertThat(group.get("/mypage/projects/" + p.id()).getBody()).contains("/mypage/projects/" + p.id() + "/self-evaluation");
        String page = group.get("/mypage/projects/" + p.id() + "/self-evaluation").getBody();
        assertThat(page).contains("目標の達成度", "行政への効果", "5（とてもよい）", "for=\"targets-5\"", "id=\"targets-5\"");
        ResponseEntity<String> missing = group.post("/mypage/projects/" + p.id() + "/self-evaluation",
                form("targets", "4", "method", "4", "comment", "参加者が増えた"), true);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(missing.getBody()).contains("1〜5のいずれかを選んでください", "aria-describedby=\"err-satisfaction\"",
                "参加者が増えた").containsPattern("id=\"targets-4\"[^>]*value=\"4\"\\s+checked");
        assertThat(openTasks(pi, "Task_SelfEvaluateAsGroup")).isEqualTo(1);

        MultiValueMap<String, String> full = form("comment", "参加者が増えた");
        for (String item : GroupProjectPages.ITEMS) {
            full.add(item, "4");
        }
        ResponseEntity<String> done = group.post("/mypage/projects/" + p.id() + "/self-evaluation", full, true);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(openTasks(pi, "Task_SelfEvaluateAsGroup")).isZero();
        flow.complete(pi, "Task_SelfEvaluateAsDepartment", "kosodate1",
                Map.of("departmentEvaluation", Map.of("targets", 2, "method", 2, "satisfaction", 2, "synergy", 2,
                        "costEffect", 2, "groupGrowth", 2, "adminEffect", 2, "comment", "内部：費用対効果に課題")));

        assertThat(group.get("/mypage/projects/" + p.id()).getBody()).contains("団体の自己評価", "参加者が増えた")
                .doesNotContain("担当課の自己評価", "内部：費用対効果に課題");
        assertThat(group.get("/mypage/cases/PROJECT/" + p.id() + "/history").getBody()).contains("団体の自己評価")
                .doesNotContain("担当課の自己評価", "内部：費用対効果に課題");
        assertThat(as("coord1").get("/staff/cases/PROJECT/" + p.id() + "/history").getBody())
                .contains("担当課の自己評価", "内部：費用対効果に課題", "内部記録");
        assertThat(group.get("/mypage/projects/" + p.id() + "/self-evaluation").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
