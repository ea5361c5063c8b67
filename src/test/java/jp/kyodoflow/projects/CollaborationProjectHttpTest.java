package jp.kyodoflow.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProjectSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A whole collaboration project through the HTTP API, each step by the person whose job it is,
 * on the embedded PostgreSQL; and what other people must not read or do.
 */
@IntegrationTest
class CollaborationProjectHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired ProjectSteps steps;

    Api as(String user) {
        return new Api(rest, user);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProjectFromProblemToReviewAsEachRoleWouldWalkIt() {
        Api dept = as("kosodate1");
        Api group = as("applicant1");
        Api otherGroup = as("applicant2");
        Api approver = as("approver1");
        Api committee = as("committee1");
        FiscalYear year = jp.kyodoflow.support.TestTime.thisFiscalYear();

        ResponseEntity<Map<String, Object>> created = dept.post("/api/projects", Map.of("title", "放課後こども教室",
                "problem", "放課後の居場所が不足", "evidence", "待機児童数", "field", "KOSODATE"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = ((Number) created.getBody().get("id")).longValue();
        String pi = (String) created.getBody().get("processInstanceId");

        assertThat(dept.complete(pi, "Task_ConsiderCollaboration", Map.of("collaborationDecision", "YES",
                "considerationReason", "団体の経験が生きる")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        dept.complete(pi, "Task_SelectCollaborationType", Map.of("collaborationForm", "COOPERATION_AGREEMENT",
                "formReason", "協定で役割を明確にする"));
        Map<String, Object> partnerTask = dept.get("/api/tasks/" + dept.taskId(pi, "Task_SelectPartner")).getBody();
        assertThat(((Map<String, Object>) partnerTask.get("variables")).get("partnerGroupOptions").toString())
                .contains("佐久こども食堂ネットワーク");
        dept.complete(pi, "Task_SelectPartner", Map.of("partnerGroupId", "1", "selectionReason", "実績がある"));
        dept.complete(pi, "Task_NegotiateAgreement", steps.agreement(year, "放課後の居場所づくり"));

        // the department cannot sign for the group: not through our API, not through the engine's
        String groupSignTask = group.taskId(pi, "Task_SignAgreementAsGroup");
        assertThat(dept.post("/api/tasks/" + groupSignTask + "/complete", Map.of("groupSignDecision", "SIGN"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(engineComplete("kosodate1", groupSignTask).getStatusCode().is4xxClientError()).isTrue();
        assertThat(otherGroup.list("/api/tasks?processInstanceId=" + pi).getBody()).noneMatch(t -> pi.equals(t.get("processInstanceId")));

        assertThat(group.complete(pi, "Task_SignAgreementAsGroup", Map.of("groupSignDecision", "SIGN"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        approver.complete(pi, "Task_SignAgreementAsCity", Map.of("citySignDecision", "SIGN"));
        awaitTask(dept, pi, "Task_RunProject");
        dept.complete(pi, "Task_RunProject", Map.of("progressNote", "全24回実施", "implementationOutcome", "COMPLETED"));
        group.complete(pi, "Task_SelfEvaluateAsGroup", Map.of("groupEvaluation", ProjectSteps.sheet(5)));
        dept.complete(pi, "Task_SelfEvaluateAsDepartment", Map.of("departmentEvaluation", ProjectSteps.sheet(3)));
        awaitTask(dept, pi, "Task_MutualEvaluation");
        dept.complete(pi, "Task_MutualEvaluation", Map.of("mutualAgreedPoints", "参加者が増えた",
                "mutualImprovements", "周知を早める"));
        steps.committeeRound(pi, 5);
        Map<String, Object> sheet = new java.util.HashMap<>();
        sheet.put("principles", List.of("SHARED_PURPOSE", "EQUALITY"));
        sheet.put("verdict", "EXCELLENT");
        sheet.put("comment", "優れた協働");
        committee.complete(pi, "Task_EvaluateAsCommittee", Map.of("committeeEvaluation", sheet));
        approver.complete(pi, "Task_DecideContinuation", Map.of("continuationDecision", "END",
                "continuationReason", "目的を達成した"));

        Map<String, Object> detail = group.get("/api/projects/" + id).getBody();
        assertThat(((Map<String, Object>) detail.get("project")).get("status")).isEqualTo("ENDED");
        assertThat((List<?>) detail.get("agreements")).hasSize(1);
        List<Map<String, Object>> evaluations = group.list("/api/projects/" + id + "/evaluations").getBody();
        assertThat(evaluations).extracting(e -> e.get("kind"))
                .containsExactlyInAnyOrder("GROUP_SELF", "DEPARTMENT_SELF", "MUTUAL", "COMMITTEE");
        assertThat(evaluations).filteredOn(e -> "COMMITTEE".equals(e.get("kind"))).singleElement()
                .satisfies(e -> {
                    assertThat(e.get("verdict")).isEqualTo("EXCELLENT");
                    assertThat((Map<String, Object>) e.get("scores")).as("averages of the committee round")
                            .containsEntry("targets", 5.0).containsEntry("adminEffect", 5.0);
                });

        // group B reads nothing of group A's project; another department neither
        assertThat(otherGroup.get("/api/projects/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(otherGroup.list("/api/projects").getBody()).noneMatch(p -> ((Number) p.get("id")).longValue() == id);
        assertThat(as("bosai1").get("/api/projects/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("applicant2").get("/api/groups/1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("coord1").get("/api/projects/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Parallel joins continue asynchronously (the job executor is off in tests: run the job via the engine). */
    private void awaitTask(Api api, String pi, String taskKey) {
        steps.runJobs(pi);
        api.taskId(pi, taskKey);
    }

    private ResponseEntity<String> engineComplete(String user, String taskId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
                new HttpEntity<>("{\"variables\":{\"groupSignDecision\":{\"value\":\"SIGN\"}}}", headers), String.class);
    }
}
