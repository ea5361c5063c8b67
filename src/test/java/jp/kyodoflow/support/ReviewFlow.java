package jp.kyodoflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import jp.kyodoflow.committee.ReviewConfigService;
import jp.kyodoflow.committee.ReviewRoundService;
import jp.kyodoflow.committee.ReviewRules;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.groups.GroupApplicationRequest;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Sets up committee rounds and walks members through them, as the users would. */
@Component
public class ReviewFlow {

    private final ReviewConfigService configs;
    private final ReviewRoundService rounds;
    private final GroupRegistrationService registrations;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Flow flow;

    ReviewFlow(ReviewConfigService configs, ReviewRoundService rounds, GroupRegistrationService registrations,
               IdentityService identity, RuntimeService runtime, TaskService tasks, Flow flow) {
        this.configs = configs;
        this.rounds = rounds;
        this.registrations = registrations;
        this.identity = identity;
        this.runtime = runtime;
        this.tasks = tasks;
        this.flow = flow;
    }

    public record Round(long id, String processInstanceId) {
    }

    /** A committee user (created once) with password demo. */
    public String member(String userId, String lastName, String firstName) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User u = identity.newUser(userId);
            u.setFirstName(lastName + " " + firstName);
            u.setLastName("");
            u.setPassword("demo");
            identity.saveUser(u);
            identity.createMembership(userId, Roles.COMMITTEE);
        }
        return userId;
    }

    /** Registers a group through the registration flow, with the given person as an officer. */
    public long registerGroup(String name, String officerName, String officerUserId) {
        GroupApplicationRequest base = Requests.eligibleGroup(name);
        GroupApplicationRequest request = new GroupApplicationRequest(name, base.groupType(), base.representativeName(),
                base.contactEmail(), base.contactPhone(), base.baseAddress(), base.memberCount(), base.foundedOn(),
                base.activityFields(), List.of(new GroupApplicationRequest.Person("代表 太郎", "代表", null),
                new GroupApplicationRequest.Person(officerName, "理事", officerUserId)), List.of(), true, true, true,
                true, true, true, true, true);
        var view = registrations.submit(new CurrentUser("applicant3", Set.of(Roles.APPLICANT)), request);
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("GA-" + view.id()).singleResult().getId();
        flow.complete(pi, "Task_ReviewRegistration", "coord1", Map.of("registrationDecision", "REGISTER"));
        return registrations.application(flow.user("coord1"), view.id()).civicGroupId();
    }

    public long config(String name, ReviewRules rules) {
        return configs.save(name, rules, "coord1").id();
    }

    public Round start(long configId, List<String> members, List<RoundInputs.ProposalInput> proposals) {
        List<RoundInputs.MemberInput> roster = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            roster.add(new RoundInputs.MemberInput(members.get(i), "委員" + (i + 1), i == 0));
        }
        long id = rounds.create(new RoundInputs.CreateRound("テスト審査会", configId, null, roster, proposals), "coord1");
        return new Round(id, rounds.start(id));
    }

    public Task task(Round round, String taskKey, String assignee) {
        return tasks.createTaskQuery().processInstanceId(round.processInstanceId()).taskDefinitionKey(taskKey)
                .taskAssignee(assignee).singleResult();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> sheet(Task task, String name) {
        Object value = tasks.getVariableLocal(task.getId(), name);
        return FormValues.JSON.convertValue(FormValues.JSON.valueToTree(readTree(value)), List.class);
    }

    private static Object readTree(Object value) {
        try {
            return FormValues.JSON.readTree(String.valueOf(value));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every member confirms; {@code declare} names proposals a member declares an interest in. */
    public void confirmAll(Round round, List<String> members, Map<String, Long> declare) {
        for (String m : members) {
            Task t = task(round, "Task_ConfirmInterests", m);
            List<Map<String, Object>> rows = sheet(t, "interestSheet");
            for (Map<String, Object> row : rows) {
                if (declare.containsKey(m) && declare.get(m).equals(((Number) row.get("proposalId")).longValue())) {
                    row.put("hasInterest", true);
                    row.put("note", "提案団体の顧問");
                }
            }
            flow.complete(round.processInstanceId(), t, m, Map.of("interestSheet", rows, "noInterestConfirmed", true));
        }
        flow.runJobs(round.processInstanceId());
    }

    /** A member fills every row of their sheet with score(proposalId, criterionCode). */
    public Map<String, Object> filledSheet(Task t, BiFunction<Long, String, Integer> score) {
        List<Map<String, Object>> rows = sheet(t, "scoreSheet");
        for (Map<String, Object> row : rows) {
            row.put("score", score.apply(((Number) row.get("proposalId")).longValue(), (String) row.get("criterionCode")));
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("scoreSheet", rows);
        vars.put("abstain", false);
        return vars;
    }

    public void scoreAll(Round round, String taskKey, List<String> members, BiFunction<Long, String, Integer> score) {
        for (String m : members) {
            Task t = task(round, taskKey, m);
            flow.complete(round.processInstanceId(), t, m, filledSheet(t, score));
        }
        flow.runJobs(round.processInstanceId());
    }
}
