package jp.kyodoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Logins, roles, and bad input: each answered with the right status, a Japanese message, and no change. */
@IntegrationTest
class ApiAccessAndValidationTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    Api as(String user) {
        return new Api(rest, user);
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void everyDoorNeedsALogin() {
        for (String path : List.of("/api/projects", "/api/groups", "/api/tasks", "/api/notices",
                "/api/group-registrations", "/api/themes", "/api/theme-calls", "/v3/api-docs", "/engine-rest/task",
                "/engine-rest/process-definition")) {
            assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(rest.withBasicAuth("committee5", "wrong").getForEntity("/api/projects", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("coord1", "demo").getForEntity("/v3/api-docs", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void onlyDepartmentsRaiseProblemsAndOnlyApplicantsApplyForRegistration() {
        long projects = count("collaboration_project");
        var byGroup = as("applicant1").post("/api/projects", Map.of("title", "t", "problem", "p", "field", "KOSODATE"));
        assertThat(byGroup.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byGroup.getBody().get("detail")).isEqualTo("課題の登録は、市の担当課の職員が行います");
        assertThat(count("collaboration_project")).isEqualTo(projects);

        long applications = count("group_application");
        var byStaff = as("kosodate1").post("/api/group-registrations", validRegistration());
        assertThat(byStaff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(count("group_application")).isEqualTo(applications);
    }

    @Test
    void malformedOrIncompleteRequestsAre400WithAClearMessageAndStoreNothing() {
        long projects = count("collaboration_project");
        long instances = count("act_ru_execution");
        ResponseEntity<String> malformed = as("kosodate1").postRaw("/api/projects", "{\"title\": ");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody()).contains("リクエストの形式が正しくありません");

        var incomplete = as("kosodate1").post("/api/projects", Map.of("title", "", "field", "SPACE"));
        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) incomplete.getBody().get("reasons"))
                .contains("title：入力してください", "problem：入力してください", "field：形式が正しくありません");
        assertThat(count("collaboration_project")).isEqualTo(projects);
        assertThat(count("act_ru_execution")).isEqualTo(instances);

        long applications = count("group_application");
        Map<String, Object> registration = new java.util.HashMap<>(validRegistration());
        registration.put("memberCount", -1);
        registration.put("contactEmail", "no-at-sign");
        var badRegistration = as("applicant3").post("/api/group-registrations", registration);
        assertThat(badRegistration.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) badRegistration.getBody().get("reasons"))
                .contains("memberCount：1以上で入力してください", "contactEmail：メールアドレスの形式で入力してください");
        assertThat(count("group_application")).isEqualTo(applications);
    }

    @Test
    void aTaskCompletedWithBadValuesStaysOpenAndExplainsWhy() {
        var project = as("kosodate1").post("/api/projects", Map.of("title", "検証用", "problem", "課題", "field", "OTHER"));
        String pi = (String) project.getBody().get("processInstanceId");
        long events = count("case_event");
        var refused = as("kosodate1").complete(pi, "Task_ConsiderCollaboration", Map.of("collaborationDecision", "MAYBE"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // a value outside the form's options is refused at the door, naming the field and its choices
        assertThat(refused.getBody().get("detail").toString()).contains("「協働の判断」は選択肢", "協働で取り組む");
        assertThat(count("case_event")).isEqualTo(events);
        assertThat(as("kosodate1").taskId(pi, "Task_ConsiderCollaboration")).isNotBlank();

        // the same refusal through the engine REST API, as Tasklist sends it: 400 and only the Japanese sentence
        String taskId = as("kosodate1").taskId(pi, "Task_ConsiderCollaboration");
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        ResponseEntity<Map> viaEngine = rest.withBasicAuth("kosodate1", "demo").postForEntity(
                "/engine-rest/task/" + taskId + "/complete", new org.springframework.http.HttpEntity<>(
                        "{\"variables\":{\"collaborationDecision\":{\"value\":\"YES\"}}}", headers), Map.class);
        assertThat(viaEngine.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(viaEngine.getBody().get("message")).isEqualTo("判断の理由を入力してください");
        assertThat(count("case_event")).isEqualTo(events);

        var unknownTask = as("kosodate1").post("/api/tasks/does-not-exist/complete", Map.of());
        assertThat(unknownTask.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theRegisterShowsPersonalDataOnlyToStaffAndTheGroupItself() {
        assertThat(as("applicant1").list("/api/groups").getBody()).extracting(g -> g.get("id")).containsExactly(1);
        assertThat(as("applicant1").get("/api/groups/1").getBody()).containsKey("people");
        assertThat(as("applicant1").get("/api/groups/2").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("committee2").get("/api/groups/2").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    static Map<String, Object> validRegistration() {
        return Map.ofEntries(Map.entry("groupName", "API登録テストの会"), Map.entry("groupType", "NPO"),
                Map.entry("representativeName", "代表者"), Map.entry("contactEmail", "a@example.jp"),
                Map.entry("baseAddress", "長野県佐久市1-1"), Map.entry("memberCount", 7),
                Map.entry("activityFields", List.of("KANKYO")),
                Map.entry("officers", List.of(Map.of("name", "代表者", "role", "代表"))),
                Map.entry("hasBylaws", true), Map.entry("hasAccounting", true), Map.entry("declNotPolitical", true),
                Map.entry("declNotReligious", true), Map.entry("declNotElection", true),
                Map.entry("declNotAntiSocial", true), Map.entry("declNoTaxArrears", true),
                Map.entry("declNotCityRun", true));
    }
}
