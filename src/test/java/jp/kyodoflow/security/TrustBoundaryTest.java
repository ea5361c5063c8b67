package jp.kyodoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.Doors;
import jp.kyodoflow.support.Doors.Door;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProposalFixtures;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The trust boundary as a contract: role × door × foreign case. Every refusal is a 4xx with a
 * Japanese message and leaves the state as it was (read back from the engine and our tables).
 * Doors: our API, {@code /engine-rest}, and the API Tasklist itself calls.
 */
@IntegrationTest
class TrustBoundaryTest {

    /** Keys that name a case, a party or a person: no form has them, so no door may take them. */
    static final List<String> FOREIGN_KEYS = List.of("projectId", "proposalId", "roundId", "committeeRoundId",
            "applicationId", "agreementId", "department", "departmentGroup", "partnerGroup", "initiator",
            "applicantUserId", "groupId", "cityShareLimitYen", "caseLabel", "completedBy", "reviewedBy", "somethingElse");

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired JdbcTemplate jdbc;
    @Autowired Flow flow;
    @Autowired jp.kyodoflow.support.ReviewFlow review;

    Doors as(String user) {
        return new Doors(rest, user);
    }

    record Project(long id, String processInstanceId) {
    }

    Project raise(String department, String title) {
        var created = new Api(rest, department).post("/api/projects", Map.of("title", title, "problem", "課題の説明",
                "field", "OTHER"));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return new Project(((Number) created.getBody().get("id")).longValue(),
                (String) created.getBody().get("processInstanceId"));
    }

    String status(Project p) {
        return jdbc.queryForObject("select status from collaboration_project where id = ?", String.class, p.id());
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    String openTask(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult().getId();
    }

    static Map<String, Object> consider() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("collaborationDecision", "NO");
        values.put("considerationReason", "市の事業として実施する");
        return values;
    }

    // --- L5 and its class: any id-like key on a task, through every door

    @ParameterizedTest
    @EnumSource(Door.class)
    void aTaskTakesOnlyTheKeysOfItsFormThroughEveryDoor(Door door) {
        Project mine = raise("kosodate1", "自分の課題 " + door);
        Project theirs = raise("bosai1", "他課の課題 " + door);
        String task = openTask(mine.processInstanceId(), "Task_ConsiderCollaboration");
        long events = count("case_event");

        for (String key : FOREIGN_KEYS) {
            Map<String, Object> values = consider();
            values.put(key, key.endsWith("Id") ? theirs.id() : "dept-bosai");
            var refused = door == Door.API
                    ? new Api(rest, "kosodate1").post("/api/tasks/" + task + "/complete", values)
                    : null;
            int statusCode = refused != null ? refused.getStatusCode().value() : as("kosodate1").complete(door, task, values);
            assertThat(statusCode).as(key + " through " + door).isEqualTo(400);
            if (refused != null) {
                assertThat(refused.getBody().get("detail").toString()).contains("このフォームにない項目", key);
            }
        }
        // nothing moved: both projects as they were, the task still open, no audit entry
        assertThat(status(mine)).isEqualTo("CONSIDERING");
        assertThat(status(theirs)).isEqualTo("CONSIDERING");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(runtime.getVariable(mine.processInstanceId(), "projectId")).isEqualTo(mine.id());
        assertThat(count("case_event")).isEqualTo(events);

        // the same form with only its own keys is accepted, and acts on the task's own case
        assertThat(as("kosodate1").complete(door, task, consider())).isIn(200, 204);
        assertThat(status(mine)).isEqualTo("NOT_SUITABLE");
        assertThat(status(theirs)).isEqualTo("CONSIDERING");
    }

    /** A form's own keys with values of the wrong shape: a Japanese 400, never a 500, and nothing stored. */
    @Test
    void wronglyTypedValuesAreRefusedNotCrashed() {
        Project p = raise("kosodate1", "型の誤り");
        String task = openTask(p.processInstanceId(), "Task_ConsiderCollaboration");
        long events = count("case_event");
        List<Object> wrongValues = List.of(Map.of("a", 1), List.of("x", "y"), true);
        for (Object wrong : wrongValues) {
            for (String key : List.of("collaborationDecision", "considerationReason")) {
                Map<String, Object> values = consider();
                values.put(key, wrong);
                var answer = new Api(rest, "kosodate1").post("/api/tasks/" + task + "/complete", values);
                assertThat(answer.getStatusCode().value()).as(key + "=" + wrong).isBetween(400, 499);
                assertThat(answer.getBody().get("detail")).as(key + "=" + wrong).isNotNull();
            }
        }
        var grant = new Api(rest, "kosodate1").post("/api/tasks/" + task + "/complete", Map.of("proposalId", "abc"));
        assertThat(grant.getStatusCode().value()).isEqualTo(400);
        assertThat(status(p)).isEqualTo("CONSIDERING");
        assertThat(count("case_event")).isEqualTo(events);
    }

    @Test
    void theRefusalReadsAsOneJapaneseSentenceInTasklistAndEngineRest() {
        Project p = raise("kosodate1", "理由のない判断");
        String task = openTask(p.processInstanceId(), "Task_ConsiderCollaboration");
        for (Door door : List.of(Door.ENGINE_REST, Door.TASKLIST)) {
            ResponseEntity<String> refused = as("kosodate1").post(door, "/task/" + task + "/submit-form",
                    Doors.variables(Map.of("collaborationDecision", "YES")));
            assertThat(refused.getStatusCode().value()).as(door.name()).isEqualTo(400);
            assertThat(refused.getBody()).as(door.name()).contains("\"message\":\"判断の理由を入力してください\"")
                    .doesNotContain("ENGINE-", "Exception:", "Cannot submit");
        }
        assertThat(status(p)).isEqualTo("CONSIDERING");
    }

    @Test
    void aReadOnlyFieldCannotBeChangedByTheSubmission() {
        Project p = raise("kosodate1", "表示専用の題名");
        String task = openTask(p.processInstanceId(), "Task_ConsiderCollaboration");
        Map<String, Object> values = consider();
        values.put("title", "書き換えた題名");
        assertThat(as("kosodate1").complete(Door.ENGINE_REST, task, values)).isEqualTo(204);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(p.processInstanceId())
                .variableName("title").singleResult().getValue()).isEqualTo("表示専用の題名");
        assertThat(jdbc.queryForObject("select title from collaboration_project where id = ?", String.class, p.id()))
                .isEqualTo("表示専用の題名");
    }

    @ParameterizedTest
    @EnumSource(value = Door.class, names = {"ENGINE_REST", "TASKLIST"})
    void nobodyWorksATaskThatIsNotTheirs(Door door) {
        Project p = raise("kosodate1", "他人のタスク " + door);
        String task = openTask(p.processInstanceId(), "Task_ConsiderCollaboration");
        for (String outsider : List.of("bosai1", "applicant1", "applicant3", "committee2", "approver1")) {
            int code = as(outsider).complete(door, task, consider());
            assertThat(code).as(outsider).isBetween(400, 499);
        }
        assertThat(as("applicant2").api().post("/api/tasks/" + task + "/complete", consider()).getStatusCode().value())
                .isEqualTo(404);
        assertThat(status(p)).isEqualTo("CONSIDERING");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
    }

    // --- L6: an opinion in another department's name on another group's proposal

    @Test
    void anOpinionIsTheAskedDepartmentsOnTheTasksOwnProposal() {
        Api coord = new Api(rest, "coord1");
        var now = ProposalFixtures.now();
        List<Map<String, Object>> committee = List.of(Map.of("userId", "committee1", "affiliation", "委員", "chair", true));
        long configId = ((Number) coord.list("/api/review-configs").getBody().get(0).get("id")).longValue();
        var call = coord.post("/api/proposal-rounds", Map.of("title", "意見照会の境界テスト",
                "rules", ProposalFixtures.rules(now.minusHours(1), now.plusDays(7), false, false),
                "reviewConfigId", configId, "committee", committee));
        assertThat(call.getStatusCode().value()).isEqualTo(201);
        long callId = ((Number) call.getBody().get("id")).longValue();
        long first = submit("applicant1", callId, 1, "一つ目の提案");
        long second = submit("applicant2", callId, 2, "二つ目の提案");
        String firstPi = accept(first);
        String secondPi = accept(second);
        String myTask = tasks.createTaskQuery().processInstanceId(firstPi).taskDefinitionKey("Task_GiveOpinion")
                .taskCandidateGroup("dept-kosodate").singleResult().getId();
        long opinions = count("department_opinion");

        Map<String, Object> opinion = new HashMap<>(Map.of("feasibility", "FEASIBLE", "roleFit", "APPROPRIATE",
                "budgetAvailability", "AVAILABLE", "opinionComments", "協力できる"));
        for (Door door : Door.values()) {
            Map<String, Object> forged = new HashMap<>(opinion);
            forged.put("proposalId", second);
            forged.put("department", "dept-bosai");
            assertThat(as("kosodate1").complete(door, myTask, forged)).as(door.name()).isEqualTo(400);
        }
        assertThat(count("department_opinion")).isEqualTo(opinions);
        assertThat(tasks.createTaskQuery().processInstanceId(secondPi).taskDefinitionKey("Task_GiveOpinion").count())
                .isEqualTo(2);

        assertThat(as("kosodate1").complete(Door.API, myTask, opinion)).isEqualTo(204);
        assertThat(jdbc.queryForList("select proposal_id, department_group from department_opinion where proposal_id in (?, ?)",
                first, second)).singleElement().satisfies(row -> {
                    assertThat(((Number) row.get("proposal_id")).longValue()).isEqualTo(first);
                    assertThat(row.get("department_group")).isEqualTo("dept-kosodate");
                });
    }

    private long submit(String user, long callId, long groupId, String title) {
        var submitted = new Api(rest, user).post("/api/proposal-rounds/" + callId + "/proposals",
                Map.of("groupId", groupId, "content", ProposalFixtures.content(title), "submit", true));
        assertThat(submitted.getStatusCode().is2xxSuccessful()).as(String.valueOf(submitted.getBody())).isTrue();
        return ((Number) submitted.getBody().get("id")).longValue();
    }

    private String accept(long proposalId) {
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("PR-" + proposalId).singleResult().getId();
        new Api(rest, "coord1").complete(pi, "Task_ConfirmEligibility", Map.of("eligibilityDecision", "ELIGIBLE"));
        return pi;
    }

    // --- L1 and the admin-only classes: jobs, retries, incidents, modification, signals, messages, variables

    @ParameterizedTest
    @EnumSource(value = Door.class, names = {"ENGINE_REST", "TASKLIST"})
    void administrativeEndpointsAreRefusedToEveryoneElseAndChangeNothing(Door door) {
        Project p = raise("kosodate1", "管理操作の対象 " + door);
        String pi = p.processInstanceId();
        String task = openTask(pi, "Task_ConsiderCollaboration");
        Job job = management.createJobQuery().timers().active().list().stream().findFirst()
                .orElseThrow(() -> new AssertionError("the demo call has a closing timer"));
        String jobPi = job.getProcessInstanceId();
        long incidents = runtime.createIncidentQuery().count();
        long instances = runtime.createProcessInstanceQuery().active().count();
        long taskCount = tasks.createTaskQuery().count();

        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("POST /job/" + job.getId() + "/execute", null);
        calls.put("PUT /job/" + job.getId() + "/retries", "{\"retries\":0}");
        calls.put("PUT /job/" + job.getId() + "/duedate", "{\"duedate\":\"2020-01-01T00:00:00.000+0900\"}");
        calls.put("PUT /job/" + job.getId() + "/suspended", "{\"suspended\":true}");
        calls.put("POST /job/retries", "{\"jobIds\":[\"" + job.getId() + "\"],\"retries\":0}");
        calls.put("DELETE /job/" + job.getId(), null);
        calls.put("POST /execution/" + pi + "/create-incident", "{\"incidentType\":\"failedJob\",\"message\":\"x\"}");
        calls.put("POST /process-instance/" + pi + "/modification",
                "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_DecideContinuation\"}]}");
        calls.put("PUT /process-instance/" + pi + "/suspended", "{\"suspended\":true}");
        calls.put("DELETE /process-instance/" + pi, null);
        calls.put("PUT /process-instance/" + pi + "/variables/projectId", "{\"value\":1,\"type\":\"Long\"}");
        calls.put("POST /process-instance/" + pi + "/variables",
                "{\"modifications\":{\"departmentGroup\":{\"value\":\"dept-bosai\"}}}");
        calls.put("DELETE /process-instance/" + pi + "/variables/projectId", null);
        calls.put("PUT /execution/" + pi + "/localVariables/projectId", "{\"value\":1,\"type\":\"Long\"}");
        calls.put("PUT /task/" + task + "/variables/projectId", "{\"value\":1,\"type\":\"Long\"}");
        calls.put("POST /task/" + task + "/localVariables", "{\"modifications\":{\"x\":{\"value\":\"y\"}}}");
        calls.put("PUT /task/" + task, "{\"name\":\"書き換え\",\"due\":\"2030-01-01T00:00:00.000+0900\"}");
        calls.put("POST /task/" + task + "/bpmnError", "{\"errorCode\":\"x\"}");
        calls.put("POST /task/" + task + "/identity-links", "{\"groupId\":\"applicant\",\"type\":\"candidate\"}");
        calls.put("POST /task/create", "{\"id\":\"forged-task\",\"name\":\"偽のタスク\"}");
        calls.put("DELETE /task/" + task, null);
        calls.put("POST /signal", "{\"name\":\"anything\"}");
        calls.put("POST /process-instance/" + pi + "/variables/x/data", null);

        for (String user : List.of("applicant3", "applicant1", "kosodate1", "coord1", "approver1", "committee1")) {
            Doors doors = as(user);
            calls.forEach((call, body) -> {
                String[] parts = call.split(" ", 2);
                ResponseEntity<String> answer = doors.engine(door, HttpMethod.valueOf(parts[0]), parts[1], body);
                assertThat(answer.getStatusCode().is4xxClientError()).as(user + " " + call + " → " + answer.getStatusCode()
                        + " " + answer.getBody()).isTrue();
            });
            // L1 exactly: a 403 and the job untouched
            assertThat(doors.engine(door, HttpMethod.POST, "/job/" + job.getId() + "/execute", null).getStatusCode().value())
                    .isEqualTo(403);
        }
        Job after = management.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(after).isNotNull();
        assertThat(after.getRetries()).isEqualTo(job.getRetries());
        assertThat(after.getDuedate()).isEqualTo(job.getDuedate());
        assertThat(after.isSuspended()).isFalse();
        assertThat(runtime.createIncidentQuery().count()).isEqualTo(incidents);
        assertThat(runtime.createProcessInstanceQuery().active().count()).isEqualTo(instances);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(jobPi).active().count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().count()).isEqualTo(taskCount);
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getName()).doesNotContain("書き換え");
        assertThat(runtime.getVariable(pi, "projectId")).isEqualTo(p.id());
        assertThat(runtime.getVariable(pi, "departmentGroup")).isEqualTo("dept-kosodate");
        assertThat(tasks.getVariableLocal(task, "x")).isNull();
    }

    // --- L2: internal messages, for every message the models have

    @ParameterizedTest
    @EnumSource(value = Door.class, names = {"ENGINE_REST", "TASKLIST"})
    void internalMessagesCannotBeSentFromOutside(Door door) {
        long projects = count("collaboration_project");
        long instances = runtime.createProcessInstanceQuery().count();
        for (String message : List.of("CollaborationPartnerChosen", "ProposalReviewDecided", "BudgetVoted")) {
            for (String user : List.of("kosodate1", "coord1", "applicant1")) {
                ResponseEntity<String> answer = as(user).post(door, "/message", "{\"messageName\":\"" + message
                        + "\",\"processVariables\":{\"departmentGroup\":{\"value\":\"dept-bosai\"},"
                        + "\"groupId\":{\"value\":2,\"type\":\"Long\"},\"cityShareLimitYen\":{\"value\":99999999,\"type\":\"Long\"}}}");
                assertThat(answer.getStatusCode().value()).as(user + " " + message).isEqualTo(403);
                assertThat(answer.getBody()).contains("システム管理者");
            }
        }
        assertThat(count("collaboration_project")).isEqualTo(projects);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    // --- L3, L4 and inside-only processes: starts

    @ParameterizedTest
    @EnumSource(value = Door.class, names = {"ENGINE_REST", "TASKLIST"})
    void aStartTakesTheStartFormsKeysAndTheStarterIsTheLogin(Door door) {
        long projects = count("collaboration_project");
        for (String endpoint : List.of("/start", "/submit-form")) {
            ResponseEntity<String> forged = as("kosodate1").post(door,
                    "/process-definition/key/CollaborationProjectProcess" + endpoint, Doors.variables(Map.of(
                            "title", "なりすまし", "problem", "課題", "field", "OTHER", "initiator", "bosai1")));
            assertThat(forged.getStatusCode().value()).as(endpoint).isEqualTo(400);
            assertThat(forged.getBody()).contains("このフォームにない項目", "initiator");
            ResponseEntity<String> keyed = as("kosodate1").post(door,
                    "/process-definition/key/CollaborationProjectProcess" + endpoint,
                    "{\"businessKey\":\"PJ-1\"," + Doors.variables(Map.of("title", "業務キー付き", "problem", "課題",
                            "field", "OTHER")).substring(1));
            assertThat(keyed.getStatusCode().value()).as(endpoint).isEqualTo(400);
        }
        assertThat(count("collaboration_project")).isEqualTo(projects);

        ResponseEntity<String> honest = as("kosodate1").post(door, "/process-definition/key/CollaborationProjectProcess/submit-form",
                Doors.variables(Map.of("title", "正しい開始 " + door, "problem", "課題", "field", "OTHER")));
        assertThat(honest.getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.queryForMap("select raised_by, department_group from collaboration_project where title = ?",
                "正しい開始 " + door)).containsEntry("raised_by", "kosodate1").containsEntry("department_group", "dept-kosodate");

        long applications = count("group_application");
        ResponseEntity<String> inApplicant1sName = as("applicant3").post(door,
                "/process-definition/key/GroupRegistrationProcess/submit-form", Doors.variables(Map.of(
                        "groupName", "なりすましの会", "applicantUserId", "applicant1")));
        assertThat(inApplicant1sName.getStatusCode().value()).isEqualTo(400);
        assertThat(inApplicant1sName.getBody()).contains("applicantUserId");
        assertThat(count("group_application")).isEqualTo(applications);
    }

    @ParameterizedTest
    @EnumSource(value = Door.class, names = {"ENGINE_REST", "TASKLIST"})
    void processesThatStartFromInsideCannotBeStartedFromOutside(Door door) {
        long instances = runtime.createProcessInstanceQuery().count();
        for (String key : List.of("CitizenProposalProcess", "CitizenProposalRoundProcess", "CommitteeReviewProcess",
                "AdministrationCallProcess", "ThemeQuestionProcess")) {
            for (String user : List.of("coord1", "kosodate1", "applicant1", "committee1", "approver1")) {
                for (String endpoint : List.of("/start", "/submit-form")) {
                    ResponseEntity<String> answer = as(user).post(door, "/process-definition/key/" + key + endpoint,
                            Doors.variables(Map.of("roundId", 1, "proposalId", 1)));
                    // 403 where the person may see the definition, 404 where they may not even see it
                    assertThat(answer.getStatusCode().value()).as(user + " " + key + endpoint).isIn(403, 404);
                }
            }
        }
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    // --- committee: a recused member, and members' own tasks

    @Test
    @SuppressWarnings("unchecked")
    void aRecusedMemberCannotScoreTheProposalThroughAnyDoorNorWorkAnotherMembersSheet() {
        String recused = review.member("cm-recused", "除斥", "委員");
        List<String> roster = List.of("committee1", "committee2", recused);
        long group = review.registerGroup("除斥テストの会", "除斥 委員", recused);
        long configId = ((Number) new Api(rest, "coord1").list("/api/review-configs").getBody().get(0).get("id")).longValue();
        var round = review.start(configId, roster, List.of(
                new jp.kyodoflow.committee.RoundInputs.ProposalInput("TEST", 901L, "除斥対象の提案", group, 100000),
                new jp.kyodoflow.committee.RoundInputs.ProposalInput("TEST", 902L, "ほかの提案", 2L, 100000)));
        // "complete" with values through /engine-rest is a form submission: the member's confirmation is not lost
        var confirmation = review.task(round, "Task_ConfirmInterests", "committee2");
        assertThat(as("committee2").post(Door.ENGINE_REST, "/task/" + confirmation.getId() + "/complete",
                Doors.variables(Map.of("noInterestConfirmed", true))).getStatusCode().value()).isEqualTo(204);
        review.confirmAll(round, List.of("committee1", recused), Map.of());
        if (tasks.createTaskQuery().processInstanceId(round.processInstanceId()).taskDefinitionKey("Task_ScheduleHearing")
                .count() > 0) {
            List<Map<String, Object>> order = new ArrayList<>();
            jdbc.queryForList("select id from review_proposal where round_id = ? order by id", Long.class, round.id())
                    .forEach(id -> order.add(Map.of("proposalId", id, "position", order.size() + 1)));
            flow.complete(round.processInstanceId(), "Task_ScheduleHearing", "coord1", Map.of("heldOn", "2027-02-14",
                    "startTime", "13:30", "place", "佐久市役所 大会議室", "presentationMinutes", 7, "questionMinutes", 8,
                    "hearingOrder", order));
        }
        String stageTask = tasks.createTaskQuery().processInstanceId(round.processInstanceId()).taskAssignee(recused)
                .singleResult().getTaskDefinitionKey();
        var sheetTask = review.task(round, stageTask, recused);
        long recusedProposal = jdbc.queryForObject("select id from review_proposal where round_id = ? and title = ?",
                Long.class, round.id(), "除斥対象の提案");
        var filled = review.filledSheet(sheetTask, (proposal, criterion) -> 5);
        var rows = new ArrayList<>((List<Map<String, Object>>) filled.get("scoreSheet"));
        rows.add(Map.of("proposalId", recusedProposal, "criterionCode", rows.get(0).get("criterionCode"), "score", 5));
        String json;
        try {
            json = "{\"variables\":{\"scoreSheet\":{\"type\":\"Json\",\"value\":"
                    + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                            new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(rows))
                    + "},\"abstain\":{\"value\":false}}}";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long scores = count("review_score");
        for (Door door : List.of(Door.ENGINE_REST, Door.TASKLIST)) {
            ResponseEntity<String> refused = as(recused).post(door, "/task/" + sheetTask.getId() + "/submit-form", json);
            assertThat(refused.getStatusCode().value()).as(door.name()).isEqualTo(400);
            assertThat(refused.getBody()).contains("利害関係があるため");
        }
        String stage = "Task_ScoreDocuments".equals(stageTask) ? "DOCUMENT" : "HEARING";
        var viaApi = new Api(rest, recused).post("/api/review-rounds/" + round.id() + "/score-sheet", Map.of("stage", stage,
                "scores", List.of(Map.of("proposalId", recusedProposal, "criterionCode", rows.get(0).get("criterionCode"),
                        "score", 5))));
        assertThat(viaApi.getStatusCode().value()).isEqualTo(400);
        // another member's sheet is theirs alone
        var othersTask = review.task(round, stageTask, "committee1");
        for (Door door : List.of(Door.ENGINE_REST, Door.TASKLIST)) {
            assertThat(as(recused).post(door, "/task/" + othersTask.getId() + "/submit-form",
                    "{\"variables\":{\"abstain\":{\"value\":true}}}").getStatusCode().is4xxClientError()).isTrue();
        }
        assertThat(count("review_score")).isEqualTo(scores);
        assertThat(tasks.createTaskQuery().taskId(sheetTask.getId()).count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskId(othersTask.getId()).count()).isEqualTo(1);
    }

    // --- races: one person's completion wins, the others are told so

    @Test
    void fiftySimultaneousCompletionsOfOneTaskAreOneSuccessAndConflicts() throws Exception {
        Project p = raise("kosodate1", "同時の完了");
        String task = openTask(p.processInstanceId(), "Task_ConsiderCollaboration");
        String body = Doors.variables(consider());
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return as("kosodate1").post(Door.ENGINE_REST, "/task/" + task + "/complete", body);
            }));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<ResponseEntity<String>> answer : answers) {
            ResponseEntity<String> r = answer.get();
            codes.add(r.getStatusCode().value());
            if (r.getStatusCode().value() != 204) {
                assertThat(r.getBody()).contains("ほかの人が同時にこのタスクを処理したか");
            }
        }
        pool.shutdown();
        assertThat(codes).containsOnlyOnce(204);
        assertThat(codes).filteredOn(c -> c != 204).allMatch(c -> c == 409);
        assertThat(status(p)).isEqualTo("NOT_SUITABLE");
        assertThat(jdbc.queryForObject("select count(*) from case_event where case_type = 'PROJECT' and case_id = ?",
                Long.class, p.id())).isEqualTo(2);
    }
}
