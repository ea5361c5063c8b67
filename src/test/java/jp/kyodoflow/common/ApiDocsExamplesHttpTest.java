package jp.kyodoflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ReviewFlow;
import jp.kyodoflow.support.Uploads;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriTemplate;

/**
 * Every request example of the OpenAPI docs works when sent as shown: each documented example of
 * each POST and PUT under /api is sent, exactly as the docs show it, by a demo user of the role that
 * may call it, and is accepted. Path ids are the records the examples create one after the other, or
 * the demo data's (call 1, group 1). The changes to a body: the committee examples name the first
 * round's proposal (id 1 in a new installation), which here is the round this test sets up; the theme call's
 * example names theme 1, which here is the theme this test drafts and approves.
 * Endpoints without a JSON body (submit, close, read, the attachment upload) are called too, so that
 * nothing writable goes unchecked.
 */
@IntegrationTest
class ApiDocsExamplesHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper mapper;
    @Autowired RuntimeService runtime;
    @Autowired Flow flow;
    @Autowired ReviewFlow review;

    JsonNode docs;
    final List<String> sent = new ArrayList<>();

    @BeforeEach
    void readDocs() throws Exception {
        docs = mapper.readTree(rest.withBasicAuth("applicant1", "demo").getForObject("/v3/api-docs", String.class));
    }

    @Test
    void everyDocumentedRequestExampleIsAcceptedAsShown() {
        assertThat(as("coord1").get("/api/proposal-rounds/1").getBody()).as("the demo call").containsEntry("status", "OPEN");
        assertThat(as("coord1").list("/api/review-configs").getBody())
                .anySatisfy(c -> assertThat(c).containsEntry("id", 3).extractingByKey("name").asString().startsWith("大府市方式"));

        // the register: a group applies, the coordinator registers it
        long application = send("applicant3", "POST", "/api/group-registrations", "申請").get("id").asLong();
        send("coord1", "POST", "/api/tasks/{id}/complete", "Task_ReviewRegistration",
                task("coord1", "GA-" + application, "Task_ReviewRegistration"));

        // the project flow: a department raises a problem and decides to collaborate
        String project = send("kosodate1", "POST", "/api/projects", "課題").get("processInstanceId").asText();
        send("kosodate1", "POST", "/api/tasks/{id}/complete", "Task_ConsiderCollaboration",
                new Api(rest, "kosodate1").taskId(project, "Task_ConsiderCollaboration"));

        // a call: opened, group 1 consulted, its draft rewritten, a file attached, submitted; then closed
        long callId = send("coord1", "POST", "/api/proposal-rounds", "募集").get("id").asLong();
        send("coord1", "POST", "/api/proposal-rounds/{id}/pre-consultations", "事前相談", callId);
        JsonNode draft = send("applicant1", "POST", "/api/proposal-rounds/{id}/proposals", "下書き", callId);
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        long draftId = draft.get("id").asLong();
        send("applicant1", "PUT", "/api/proposals/{id}", "書き直し", draftId);
        var upload = Uploads.upload(rest, "applicant1", draftId, "plan.pdf", "application/pdf", Uploads.pdf(), Map.of());
        covered("POST", "/api/proposals/{id}/attachments", null, upload);
        call("applicant1", "POST", "/api/proposals/{id}/submit", draftId);
        call("coord1", "POST", "/api/proposal-rounds/{id}/close", callId);

        // the demo call: group 1 submits at once; the coordinator accepts, the department gives its opinion
        JsonNode proposal = send("applicant1", "POST", "/api/proposal-rounds/{id}/proposals", "提出", 1);
        assertThat(proposal.get("status").asText()).isEqualTo("SUBMITTED");
        String key = "PR-" + proposal.get("id").asLong();
        send("coord1", "POST", "/api/tasks/{id}/complete", "Task_ConfirmEligibility",
                task("coord1", key, "Task_ConfirmEligibility"));
        flow.runJobs(instance(key));
        send("kosodate1", "POST", "/api/tasks/{id}/complete", "Task_GiveOpinion", task("kosodate1", key, "Task_GiveOpinion"));
        long notice = as("applicant1").list("/api/notices").getBody().stream()
                .filter(n -> proposal.get("id").asLong() == ((Number) n.get("caseId")).longValue() && n.get("readAt") == null)
                .map(n -> ((Number) n.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no notice about the proposal"));
        call("applicant1", "POST", "/api/notices/{id}/read", notice);

        // the committee: rules saved, a round set up; members confirm, the hearing is scheduled, then attendance and scores
        send("coord1", "POST", "/api/review-configs", "二段階審査");
        JsonNode round = send("coord1", "POST", "/api/review-rounds", "公開審査会");
        long roundId = round.get("id").asLong();
        long roundProposal = round.get("proposals").get(0).get("id").asLong();
        var members = List.of("committee1", "committee2", "committee3");
        var walk = new ReviewFlow.Round(roundId, round.get("processInstanceId").asText());
        review.confirmAll(walk, members, Map.of());
        flow.complete(walk.processInstanceId(), "Task_ScheduleHearing", "coord1", Map.of("heldOn",
                LocalDate.now(FiscalYear.TOKYO).plusDays(14).toString(), "startTime", "13:30", "place", "佐久市民活動交流センター",
                "presentationMinutes", 7, "questionMinutes", 8,
                "hearingOrder", List.of(Map.of("proposalId", roundProposal, "position", 1))));
        UnaryOperator<JsonNode> thisRound = body -> proposalId(body, 1, roundProposal);
        send("coord1", "POST", "/api/review-rounds/{id}/attendance", "出席", thisRound, roundId);
        send("committee1", "POST", "/api/review-rounds/{id}/score-sheet", "採点", thisRound, roundId);
        send("committee2", "POST", "/api/review-rounds/{id}/score-sheet", "棄権", thisRound, roundId);

        // 行政提案型: a department drafts a theme, which is forwarded and approved; the coordinator publishes it
        // (the example names theme 1, the first of a new installation: here the theme just drafted); group 1 asks
        long theme = send("kosodate1", "POST", "/api/themes", "テーマ作成").get("id").asLong();
        String themePi = instance("TH-" + theme);
        flow.complete(themePi, "Task_ReviewTheme", "coord1", Map.of("reviewDecision", "FORWARD"));
        flow.complete(themePi, "Task_ApproveTheme", "approver1", Map.of("approvalDecision", "APPROVE"));
        JsonNode themeCall = send("coord1", "POST", "/api/theme-calls", "公募", body -> themeIds(body, theme));
        assertThat(themeCall.get("themeIds").get(0).asLong()).isEqualTo(theme);
        send("applicant1", "POST", "/api/themes/{id}/questions", "質問", theme);

        // まちづくり活動支援金: 広報広聴課 opens a call and records a 事前相談 of group 1
        send("koho1", "POST", "/api/subsidy/calls", "募集");
        send("koho1", "POST", "/api/subsidy/consultations", "事前相談");

        assertThat(new TreeSet<>(sent)).as("every POST and PUT of /api with each of its examples")
                .containsExactlyElementsOf(documentedWrites());
    }

    /** "METHOD path [example]" for each example of a JSON body, "METHOD path" for a write without one. */
    private TreeSet<String> documentedWrites() {
        TreeSet<String> writes = new TreeSet<>();
        docs.path("paths").fields().forEachRemaining(path -> {
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode op = path.getValue().path(method);
                if (op.isMissingNode()) {
                    continue;
                }
                String write = method.toUpperCase() + " " + path.getKey();
                JsonNode json = op.at("/requestBody/content/application~1json");
                if (json.isMissingNode()) {
                    writes.add(write);
                    continue;
                }
                assertThat(json.path("examples").size()).as("examples of " + write).isPositive();
                json.path("examples").fieldNames().forEachRemaining(name -> writes.add(write + " [" + name + "]"));
            }
        });
        return writes;
    }

    private JsonNode send(String user, String method, String path, String example, Object... pathIds) {
        return send(user, method, path, example, UnaryOperator.identity(), pathIds);
    }

    /** Sends the example as the docs show it (its JSON text, unchanged but for {@code adjust}). */
    private JsonNode send(String user, String method, String path, String example, UnaryOperator<JsonNode> adjust,
                          Object... pathIds) {
        JsonNode value = docs.path("paths").path(path).path(method.toLowerCase())
                .at("/requestBody/content/application~1json/examples").path(example).path("value");
        assertThat(value.isObject()).as("example %s of %s %s", example, method, path).isTrue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").exchange(
                new UriTemplate(path).expand(pathIds).toString(), HttpMethod.valueOf(method),
                new HttpEntity<>(adjust.apply(value.deepCopy()).toString(), headers), String.class);
        covered(method, path, example, response);
        return read(response.getBody());
    }

    /** A write without a JSON body, as that user. */
    private void call(String user, String method, String path, Object... pathIds) {
        covered(method, path, null, rest.withBasicAuth(user, "demo").exchange(new UriTemplate(path).expand(pathIds).toString(),
                HttpMethod.valueOf(method), null, String.class));
    }

    private void covered(String method, String path, String example, ResponseEntity<?> response) {
        String write = method + " " + path + (example == null ? "" : " [" + example + "]");
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s: %s %s", write, response.getStatusCode(),
                response.getBody()).isTrue();
        sent.add(write);
    }

    /** The publication example with the theme this test approved in place of theme 1. */
    private static JsonNode themeIds(JsonNode body, long theme) {
        ((ObjectNode) body).putArray("themeIds").add(theme);
        return body;
    }

    /** The body with each proposalId equal to {@code shown} replaced by {@code actual}. */
    private static JsonNode proposalId(JsonNode node, long shown, long actual) {
        if (node instanceof ObjectNode object && object.path("proposalId").asLong(-1) == shown) {
            object.put("proposalId", actual);
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            proposalId(it.next(), shown, actual);
        }
        return node;
    }

    private String task(String user, String businessKey, String taskKey) {
        return new Api(rest, user).taskId(instance(businessKey), taskKey);
    }

    private String instance(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    }

    private JsonNode read(String body) {
        try {
            return body == null ? mapper.nullNode() : mapper.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private Api as(String user) {
        return new Api(rest, user);
    }
}
