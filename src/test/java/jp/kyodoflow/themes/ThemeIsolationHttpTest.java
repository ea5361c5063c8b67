package jp.kyodoflow.themes;

import static jp.kyodoflow.themes.ThemeHttpSteps.detail;
import static jp.kyodoflow.themes.ThemeHttpSteps.proposal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.support.Doors;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProposalFixtures;
import jp.kyodoflow.support.ReviewFlow;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who reads and does what in the administration-proposed scheme, through our API and /engine-rest: a theme before
 * publication is its department's and the city-wide staff's only; a theme's proposals are not other groups'; the
 * coordinator publishes; only a department starts a theme, in its own name; only the theme's department revises it;
 * a group asks only in its own name and before the cut-off. Each refusal is a 4xx in Japanese and changes nothing.
 */
@IntegrationTest
class ThemeIsolationHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired ReviewFlow review;
    @Autowired JdbcTemplate jdbc;

    ThemeHttpSteps steps;

    @BeforeEach
    void steps() {
        steps = new ThemeHttpSteps(rest, runtime);
    }

    long themes() {
        return jdbc.queryForObject("select count(*) from theme", Long.class);
    }

    @Test
    void anUnpublishedThemeIsItsDepartmentsAndTheCityWideStaffsOnly() {
        String title = "未公開のテーマ " + System.nanoTime();
        long themeId = steps.approvedTheme(title, 200000, false);
        for (String outsider : List.of("bosai1", "applicant1", "committee1")) {
            var read = steps.as(outsider).get("/api/themes/" + themeId);
            assertThat(read.getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(String.valueOf(read.getBody().get("detail"))).contains("テーマが見つかりません");
            assertThat(steps.as(outsider).list("/api/themes").getBody()).as(outsider)
                    .noneMatch(t -> title.equals(t.get("title")));
            for (String part : List.of("/outcome", "/proposals", "/questions")) {
                assertThat(steps.as(outsider).get("/api/themes/" + themeId + part).getStatusCode()).as(outsider + part)
                        .isEqualTo(HttpStatus.NOT_FOUND);
            }
        }
        for (String insider : List.of("kosodate1", "coord1", "approver1")) {
            assertThat(steps.as(insider).get("/api/themes/" + themeId).getBody()).as(insider)
                    .containsEntry("title", title).containsEntry("status", "APPROVED");
            assertThat(steps.as(insider).list("/api/themes").getBody()).as(insider)
                    .anyMatch(t -> title.equals(t.get("title")));
        }
    }

    @Test
    void aThemesProposalsAreNotOtherGroupsAndOnlyTheCoordinatorPublishes() {
        long themeId = steps.approvedTheme("見守りのテーマ " + System.nanoTime(), 500000, false);
        long config = steps.reviewConfig("分離テスト " + System.nanoTime());
        var body = ThemeHttpSteps.call(List.of(themeId), ProposalFixtures.now().plusDays(7), config);
        for (String notCoordinator : List.of("kosodate1", "approver1", "applicant1")) {
            var refused = steps.as(notCoordinator).post("/api/theme-calls", body);
            assertThat(refused.getStatusCode()).as(notCoordinator).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(detail(refused)).contains("協働推進担当");
        }
        assertThat(steps.as("coord1").get("/api/themes/" + themeId).getBody()).containsEntry("status", "APPROVED");
        steps.published(List.of(themeId), ProposalFixtures.now().plusDays(7), config);
        long roundId = steps.roundOf(themeId);

        String otherMember = applicant("theme-iso-" + System.nanoTime());
        long mine = review.registerGroup("東の会 " + System.nanoTime(), "会員 東", null);
        long theirs = review.registerGroup("西の会 " + System.nanoTime(), "会員 西", otherMember);
        long myProposal = created(steps.propose("applicant3", roundId, proposal(mine, "東の提案", 400000, 450000)));
        long theirProposal = created(steps.propose(otherMember, roundId, proposal(theirs, "西の提案", 400000, 450000)));
        assertThat(steps.as(otherMember).get("/api/proposals/" + theirProposal).getStatusCode()).isEqualTo(HttpStatus.OK);
        var foreign = steps.as(otherMember).get("/api/proposals/" + myProposal);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(steps.as(otherMember).list("/api/proposals").getBody())
                .noneMatch(p -> ((Number) p.get("id")).longValue() == myProposal);
        for (String outsider : List.of(otherMember, "applicant3", "bosai1", "committee1")) {
            var list = steps.as(outsider).get("/api/themes/" + themeId + "/proposals");
            assertThat(list.getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(steps.as("kosodate1").list("/api/themes/" + themeId + "/proposals").getBody().get(0).get("proposals"))
                .asList().hasSize(2);
        // the published theme is everyone's to read now
        assertThat(steps.as("committee1").get("/api/themes/" + themeId).getBody()).containsEntry("status", "PUBLISHED")
                .containsEntry("returnReason", null);
    }

    @Test
    void onlyADepartmentStartsAThemeInItsOwnNameThroughTheEngineDoor() {
        long before = themes();
        String path = "/process-definition/key/AdministrationThemeProcess/submit-form";
        var form = ThemeHttpSteps.draft("エンジンから作成 " + System.nanoTime(), 100000, false);
        for (String user : List.of("applicant1", "committee1")) {
            for (String endpoint : List.of("/start", "/submit-form")) {
                ResponseEntity<String> refused = new Doors(rest, user).post(Doors.Door.ENGINE_REST,
                        "/process-definition/key/AdministrationThemeProcess" + endpoint, Doors.variables(form));
                assertThat(refused.getStatusCode().value()).as(user + endpoint).isIn(403, 404);
            }
        }
        var applicantApi = steps.as("applicant1").post("/api/themes", form);
        assertThat(applicantApi.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(detail(applicantApi)).contains("担当課の職員");
        ResponseEntity<String> keyed = new Doors(rest, "kosodate1").post(Doors.Door.ENGINE_REST, path,
                "{\"businessKey\":\"TH-1\"," + Doors.variables(form).substring(1));
        assertThat(keyed.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> forged = new Doors(rest, "kosodate1").post(Doors.Door.ENGINE_REST, path,
                Doors.variables(Map.of("title", "他課の名で", "departmentGroup", "dept-bosai")));
        assertThat(forged.getStatusCode().value()).isEqualTo(400);
        assertThat(forged.getBody()).contains("departmentGroup");
        assertThat(themes()).isEqualTo(before);

        ResponseEntity<String> honest = new Doors(rest, "kosodate1").post(Doors.Door.ENGINE_REST, path, Doors.variables(form));
        assertThat(honest.getStatusCode().value()).as(honest.getBody()).isEqualTo(200);
        assertThat(jdbc.queryForMap("select drafted_by, department_group, status from theme where title = ?",
                form.get("title"))).containsEntry("drafted_by", "kosodate1").containsEntry("department_group", "dept-kosodate")
                .containsEntry("status", "IN_REVIEW");
    }

    @Test
    void onlyTheThemesDepartmentRevisesIt() {
        long themeId = steps.drafted("kosodate1", ThemeHttpSteps.draft("差し戻すテーマ " + System.nanoTime(), 100000, false));
        String pi = steps.pi("TH-" + themeId);
        steps.as("coord1").complete(pi, "Task_ReviewTheme", Map.of("reviewDecision", "RETURN", "reviewComment", "予算の根拠を"));
        String task = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_ReviseTheme").singleResult().getId();
        var revision = ThemeHttpSteps.draft("他課が書き換え", 900000, false);
        Doors bosai = new Doors(rest, "bosai1");
        ResponseEntity<String> engineRest = bosai.post(Doors.Door.ENGINE_REST, "/task/" + task + "/complete",
                Doors.variables(revision));
        assertThat(engineRest.getStatusCode().value()).isBetween(400, 499);
        int api = bosai.complete(Doors.Door.API, task, revision);
        assertThat(api).isBetween(400, 499);
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(steps.as("kosodate1").get("/api/themes/" + themeId).getBody()).containsEntry("status", "RETURNED")
                .containsEntry("budgetCeilingYen", 100000);
        assertThat(new Doors(rest, "kosodate1").complete(Doors.Door.API, task,
                ThemeHttpSteps.draft("担当課が修正", 150000, false))).isBetween(200, 299);
        assertThat(steps.as("kosodate1").get("/api/themes/" + themeId).getBody()).containsEntry("status", "IN_REVIEW");
    }

    @Test
    void aQuestionIsAskedInTheGroupsOwnNameAndBeforeTheCutOff() {
        long themeId = steps.approvedTheme("質問を受けるテーマ " + System.nanoTime(), 100000, false);
        long config = steps.reviewConfig("質問テスト " + System.nanoTime());
        var open = ThemeHttpSteps.call(List.of(themeId), ProposalFixtures.now().plusDays(7), config);
        open.put("opensAt", ProposalFixtures.now().minusHours(2).toString());
        open.put("questionsCloseAt", ProposalFixtures.now().minusHours(1).toString());
        assertThat(steps.as("coord1").post("/api/theme-calls", open).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long count = jdbc.queryForObject("select count(*) from theme_question", Long.class);
        var foreign = steps.as("applicant1").post("/api/themes/" + themeId + "/questions",
                Map.of("groupId", 2, "question", "他団体の名で質問"));
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(detail(foreign)).contains("団体の利用者");
        var late = steps.as("applicant1").post("/api/themes/" + themeId + "/questions",
                Map.of("groupId", 1, "question", "締切後の質問"));
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(late)).contains("受付期間外", "まで受け付けます").containsPattern("\\d+年\\d+月\\d+日 \\d+時\\d{2}分");
        assertThat(jdbc.queryForObject("select count(*) from theme_question", Long.class)).isEqualTo(count);
    }

    /** A person who acts only for the groups that name them as an officer (password demo). */
    String applicant(String userId) {
        User u = identity.newUser(userId);
        u.setFirstName("会員");
        u.setLastName("西");
        u.setPassword("demo");
        identity.saveUser(u);
        identity.createMembership(userId, Roles.APPLICANT);
        return userId;
    }

    private static long created(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return ((Number) response.getBody().get("id")).longValue();
    }
}
