package jp.kyodoflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProjectSteps;
import jp.kyodoflow.support.Requests;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** GET /api/tasks/{id}/form: the fields a task's completion takes, read from its deployed Camunda Form. */
@IntegrationTest
class TaskFormHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired GroupRegistrationService registrations;
    @Autowired RuntimeService runtime;
    @Autowired ProjectSteps steps;

    Api as(String user) {
        return new Api(rest, user);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFormListsKeysLabelsChoicesAndWhatIsRequiredAndCompletingWithThoseKeysWorks() {
        var application = registrations.submit(new CurrentUser("applicant3", Set.of(Roles.APPLICANT)),
                Requests.eligibleGroup("フォーム項目を読む会"));
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("GA-" + application.id())
                .singleResult().getId();
        Api coord = as("coord1");
        String taskId = coord.taskId(pi, "Task_ReviewRegistration");

        var form = coord.get("/api/tasks/" + taskId + "/form");
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).containsEntry("taskKey", "Task_ReviewRegistration")
                .containsEntry("formId", "ReviewGroupRegistrationForm");
        List<Map<String, Object>> fields = (List<Map<String, Object>>) form.getBody().get("fields");
        assertThat(fields).extracting(f -> f.get("key")).containsExactly("groupName", "groupType", "representativeName",
                "memberCount", "baseAddress", "eligibilitySummary", "registrationDecision", "decisionReason");
        Map<String, Object> decision = field(fields, "registrationDecision");
        assertThat(decision).containsEntry("label", "審査結果").containsEntry("type", "radio")
                .containsEntry("valueType", "text").containsEntry("required", true).containsEntry("readonly", false);
        assertThat((List<Map<String, Object>>) decision.get("options")).extracting(o -> o.get("value"), o -> o.get("label"))
                .containsExactly(tuple("REGISTER", "登録する"), tuple("SEND_BACK", "差し戻す（修正を求める）"),
                        tuple("REFUSE", "登録しない（不受理）"));
        assertThat(field(fields, "decisionReason")).containsEntry("type", "textarea").containsEntry("required", false);
        assertThat(field(fields, "groupName")).containsEntry("readonly", true);
        assertThat(field(fields, "memberCount")).containsEntry("valueType", "number");

        assertThat(as("applicant1").get("/api/tasks/" + taskId + "/form").getStatusCode()).as("someone else's task")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(coord.post("/api/tasks/" + taskId + "/complete", Map.of("registrationDecision", "REGISTER",
                "reviewNote", "x")).getStatusCode()).as("a key the form does not list").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(coord.post("/api/tasks/" + taskId + "/complete", Map.of("registrationDecision", "REGISTER",
                "decisionReason", "要件を満たしている")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(coord.get("/api/tasks/" + taskId + "/form").getStatusCode()).as("a completed task")
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @SuppressWarnings("unchecked")
    void choicesHeldInAVariableAreReadFromTheTask() {
        String pi = steps.raise("協働相手の選択肢を読む").processInstanceId();
        steps.consider(pi, "YES");
        steps.chooseForm(pi, "SUBSIDY");
        Api department = as("kosodate1");
        var fields = (List<Map<String, Object>>) department.get("/api/tasks/" + department.taskId(pi, "Task_SelectPartner")
                + "/form").getBody().get("fields");
        Map<String, Object> partner = field(fields, "partnerGroupId");
        assertThat(partner).containsEntry("type", "select").containsEntry("required", true);
        assertThat((List<Map<String, Object>>) partner.get("options"))
                .anySatisfy(o -> assertThat(o).containsEntry("value", "1")
                        .extractingByKey("label").asString().startsWith("佐久こども食堂ネットワーク"));
    }

    private static Map<String, Object> field(List<Map<String, Object>> fields, String key) {
        return fields.stream().filter(f -> key.equals(f.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + key));
    }
}
