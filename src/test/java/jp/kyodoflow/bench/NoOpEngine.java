package jp.kyodoflow.bench;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.Constructor;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.committee.round.Hearings;
import jp.kyodoflow.committee.round.RecommendationWriting;
import jp.kyodoflow.committee.round.RoundDecisions;
import jp.kyodoflow.committee.round.RoundOpening;
import jp.kyodoflow.committee.round.ScoringService;
import jp.kyodoflow.committee.round.Sheets;
import jp.kyodoflow.committee.round.StageAggregation;
import jp.kyodoflow.database.CamundaSchemaMigration;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.groups.process.GroupApplicationVariables;
import jp.kyodoflow.proposals.Deadline;
import jp.kyodoflow.proposals.DepartmentOpinions;
import jp.kyodoflow.proposals.ProposalDecisions;
import jp.kyodoflow.proposals.ProposalHandover;
import jp.kyodoflow.proposals.ProposalScreening;
import jp.kyodoflow.support.PlainEngine;
import jp.kyodoflow.support.Requests;
import jp.kyodoflow.support.SqlStatements;
import jp.kyodoflow.workflow.ProcessKeys;
import jp.kyodoflow.workflow.ProductionEnginePlugins;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.flywaydb.core.Flyway;

/**
 * The same models (bpmn/*.bpmn and forms/*.form, deployed by our deployer) on a plain engine over its own
 * embedded PostgreSQL, with every step adapter the driven models name ({@code proposalSteps},
 * {@code committeeTasks}, …) fed by mocks that answer what the path tests answer: the engine's statements
 * of the same path with delegates that send none. Settings that change statement counts are copied from
 * the application's engine ({@link #settings}); the authorization tuning of EngineTuningPlugin (revokes never,
 * groups as they are) is repeated here.
 */
final class NoOpEngine implements AutoCloseable {

    static final List<String> MEMBERS = ActionOverheadBenchmark.MEMBERS;
    private static final AtomicLong IDS = new AtomicLong(100_000);

    private final EmbeddedPostgres pg;
    private final HikariDataSource pool;
    private final ProcessEngine engine;
    private final Map<String, Object> adapters = new HashMap<>();

    private NoOpEngine(EmbeddedPostgres pg, HikariDataSource pool, ProcessEngine engine) {
        this.pg = pg;
        this.pool = pool;
        this.engine = engine;
    }

    /** What the plain engine copies from the application's, as a line for the report. */
    static String settings(ProcessEngineConfigurationImpl app) {
        return "history=" + app.getHistory() + ", authorizationEnabled=" + app.isAuthorizationEnabled()
                + ", authorizationCheckRevokes=" + app.getAuthorizationCheckRevokes()
                + ", authorization group-id scan=" + (app.getSessionFactories().get(AuthorizationManager.class) instanceof
                org.camunda.bpm.engine.impl.persistence.GenericManagerFactory ? "engine's" : "skipped (EngineTuningPlugin)")
                + ", jdbcBatchProcessing=" + app.isJdbcBatchProcessing() + ", tenantCheckEnabled=" + app.isTenantCheckEnabled()
                + ", idGenerator=" + app.getIdGenerator().getClass().getSimpleName()
                + ", enforceHistoryTimeToLive=" + app.isEnforceHistoryTimeToLive()
                + ", serialization=" + app.getDefaultSerializationFormat()
                + ", cmmn=" + app.isCmmnEnabled() + ", dmn=" + app.isDmnEnabled()
                + ", userOperationLog restricted to authenticated=" + app.isRestrictUserOperationLogToAuthenticatedUsers()
                + ", plugins: Spin, EngineDoorGuard, UserTaskDefaults, ProcessModelDeployer";
    }

    static NoOpEngine start(ProcessEngineConfigurationImpl app) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("timezone", "Asia/Tokyo")
                .setRegisterShutdownHook(false).start();
        String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration")
                .javaMigrations(new CamundaSchemaMigration()).load().migrate();
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setMaximumPoolSize(4);

        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setProcessEngineName("bench-noop");
        cfg.setDataSource(SqlStatements.wrap(pool));
        cfg.setDatabaseType("postgres");
        cfg.setDatabaseSchemaUpdate("false");
        cfg.setJobExecutorActivate(false);
        cfg.setHistory(app.getHistory());
        cfg.setAuthorizationEnabled(app.isAuthorizationEnabled());
        cfg.setAuthorizationCheckRevokes(app.getAuthorizationCheckRevokes());
        cfg.setJdbcBatchProcessing(app.isJdbcBatchProcessing());
        cfg.setTenantCheckEnabled(app.isTenantCheckEnabled());
        cfg.setRestrictUserOperationLogToAuthenticatedUsers(app.isRestrictUserOperationLogToAuthenticatedUsers());
        cfg.setCmmnEnabled(app.isCmmnEnabled());
        cfg.setDmnEnabled(app.isDmnEnabled());
        cfg.setMetricsEnabled(app.isMetricsEnabled());
        cfg.setDbMetricsReporterActivate(false);
        cfg.setIdGenerator(new org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator());
        cfg.setEnforceHistoryTimeToLive(app.isEnforceHistoryTimeToLive());
        cfg.setJavaSerializationFormatEnabled(app.isJavaSerializationFormatEnabled());
        cfg.setDefaultSerializationFormat(app.getDefaultSerializationFormat());
        cfg.setExpressionManager(new MockExpressionManager());
        if (!(app.getSessionFactories().get(AuthorizationManager.class)
                instanceof org.camunda.bpm.engine.impl.persistence.GenericManagerFactory)) {
            cfg.setCustomSessionFactories(List.of(new SessionFactory() {
                @Override
                public Class<?> getSessionType() {
                    return AuthorizationManager.class;
                }

                @Override
                public Session openSession() {
                    return new GroupsAsTheyAre();
                }
            }));
        }
        List<ProcessEnginePlugin> plugins = new ArrayList<>();
        plugins.add(new SpinProcessEnginePlugin());
        plugins.addAll(ProductionEnginePlugins.withoutSpring());
        cfg.setProcessEnginePlugins(plugins);
        NoOpEngine e = new NoOpEngine(pg, pool, cfg.buildProcessEngine());
        e.registerAdapters();
        return e;
    }

    /** As EngineTuningPlugin's: the person's groups go to the check as they are. */
    static final class GroupsAsTheyAre extends AuthorizationManager {
        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
        }
    }

    // ---- the step adapters of the driven models, fed by mocks ----

    final ProposalScreening screening = mock(ProposalScreening.class);
    final DepartmentOpinions opinions = mock(DepartmentOpinions.class);
    final ProposalDecisions decisions = mock(ProposalDecisions.class);
    final ProposalHandover handover = mock(ProposalHandover.class);
    final RoundOpening opening = mock(RoundOpening.class);
    final ScoringService scoring = mock(ScoringService.class);
    final Hearings hearings = mock(Hearings.class);
    final StageAggregation aggregation = mock(StageAggregation.class);
    final RecommendationWriting recommendations = mock(RecommendationWriting.class);
    final RoundDecisions roundDecisions = mock(RoundDecisions.class);
    final GroupRegistrationService registrations = mock(GroupRegistrationService.class);
    final AtomicLong nextApplication = new AtomicLong(200_000);

    private void registerAdapters() {
        OffsetDateTime due = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(14);
        when(screening.checkEligibility(anyLong())).thenReturn(List.of());
        when(screening.summary(anyLong())).thenReturn("提案名：ベンチ提案");
        when(screening.sendBack(anyLong())).thenReturn(new Deadline(due, due.minusDays(3)));
        when(opinions.departmentsOf(anyLong())).thenReturn(List.of("dept-kosodate", "dept-bosai"));
        when(opinions.opinionDeadline()).thenReturn(new Deadline(due, due.minusDays(2)));
        when(handover.startProject(anyLong())).thenReturn(4711L);

        List<Sheets.InterestRow> interests = new ArrayList<>();
        List<Sheets.ScoreRow> blank = new ArrayList<>();
        List<Sheets.HearingRow> order = new ArrayList<>();
        String[] criteria = {"public", "feasible", "synergy", "budget", "growth"};
        for (long p = 1; p <= ActionOverheadBenchmark.PROPOSALS_ON_SHEET; p++) {
            interests.add(new Sheets.InterestRow(p, "提案 " + p, "団体 " + p, null, false, null));
            order.add(new Sheets.HearingRow(p, "提案 " + p, (int) p));
            for (String c : criteria) {
                blank.add(new Sheets.ScoreRow(p, "提案 " + p, c, c, "1〜5", null));
            }
        }
        this.interestRows = interests;
        this.blankScores = blank;
        this.hearingOrder = order;
        when(opening.roundOf(anyString())).thenAnswer(inv -> roundOfInstance.getOrDefault(inv.getArgument(0, String.class), 0L));
        when(opening.open(anyLong(), anyString())).thenReturn(new RoundOpening.Opened("ベンチ審査会", MEMBERS, MEMBERS.get(0),
                false, true, true));
        when(opening.interestSheet(anyLong(), anyString())).thenReturn(interests);
        when(scoring.sheet(anyLong(), any(), anyString())).thenReturn(blank);
        when(scoring.scorers(anyLong(), any())).thenReturn(MEMBERS);
        when(scoring.criteriaGuide(anyLong())).thenReturn("公益性ほか5項目：各1〜5点");
        when(hearings.hearingOrder(anyLong())).thenReturn(order);
        when(aggregation.aggregate(anyLong(), any(Stage.class))).thenReturn(
                new StageAggregation.StageOutcome(ActionOverheadBenchmark.PROPOSALS_ON_SHEET, true, "定足数を満たしています"));
        when(recommendations.commentSheet(anyLong())).thenReturn(List.of());
        when(recommendations.resultSummary(anyLong())).thenReturn("ベンチ");

        when(registrations.recordApplication(any(), any(), any())).thenAnswer(inv -> nextApplication.incrementAndGet());
        when(registrations.checkEligibility(anyLong())).thenReturn(
                new GroupRegistrationService.EligibilityResult(true, List.of(), "登録要件を満たしています"));
        when(registrations.register(anyLong(), any(), any())).thenReturn(new jp.kyodoflow.groups.GroupRegister.GroupSummary(77L,
                "R8-0012", "ベンチの会", "NPO", "代表 太郎", "長野県佐久市銀座1-1-1", 8, List.of("KANKYO"), "REGISTERED", null, null));

        List<Object> services = List.of(screening, opinions, decisions, handover, opening, scoring, hearings, aggregation,
                recommendations, roundDecisions, registrations);
        adapters.put("proposalSteps", adapter("jp.kyodoflow.proposals.process.ProposalSteps", services));
        adapters.put("proposalTasks", adapter("jp.kyodoflow.proposals.process.ProposalTasks", services));
        adapters.put("committeeSteps", adapter("jp.kyodoflow.committee.process.CommitteeSteps", services));
        adapters.put("committeeTasks", adapter("jp.kyodoflow.committee.process.CommitteeTasks", services));
        adapters.put("groupRegistrationSteps", adapter("jp.kyodoflow.groups.process.GroupRegistrationSteps", services));
        adapters.put("groupRegistrationTasks", adapter("jp.kyodoflow.groups.process.GroupRegistrationTasks", services));
    }

    private List<Sheets.InterestRow> interestRows;
    private List<Sheets.ScoreRow> blankScores;
    private List<Sheets.HearingRow> hearingOrder;
    private final Map<String, Long> roundOfInstance = new HashMap<>();

    /** Builds a step adapter (package-private constructor) with the mocks its parameters ask for. */
    private static Object adapter(String className, List<Object> services) {
        try {
            Constructor<?> c = Class.forName(className).getDeclaredConstructors()[0];
            Object[] args = new Object[c.getParameterCount()];
            for (int i = 0; i < args.length; i++) {
                Class<?> type = c.getParameterTypes()[i];
                args[i] = services.stream().filter(type::isInstance).findFirst()
                        .orElseThrow(() -> new IllegalStateException(className + " needs a " + type.getSimpleName()));
            }
            c.setAccessible(true);
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className, e);
        }
    }

    /** Mocks are per thread: (re)register before each walk, on the caller's thread. */
    private void beans() {
        adapters.forEach(Mocks::register);
    }

    // ---- the walks ----

    private void as(String user, List<String> groups, Runnable work) {
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            work.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private void complete(String user, String group, String taskId, Map<String, Object> form) {
        as(user, List.of(group), () -> engine.getFormService().submitTaskForm(taskId, new HashMap<>(form)));
    }

    private void runJobs(String pi) {
        for (int i = 0; i < 10; i++) {
            List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(pi).messages().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> engine.getManagementService().executeJob(j.getId()));
        }
    }

    private Task task(String pi, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult();
    }

    private Task groupTask(String pi, String key, String group) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey(key)
                .taskCandidateGroup(group).singleResult();
    }

    private Task memberTask(String pi, String key, String member) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey(key)
                .taskAssignee(member).singleResult();
    }

    private static SqlStatements.Counted count(Runnable work) {
        return SqlStatements.count(work);
    }

    Map<String, SqlStatements.Counted> actions() {
        beans();
        engine.getRepositoryService().createDeployment().name("bench-one-task")
                .addString("BenchOneTaskProcess.bpmn", ActionOverheadBenchmark.ONE_TASK_MODEL).deploy();
        Map<String, SqlStatements.Counted> warm = new LinkedHashMap<>();
        walk(warm);
        Map<String, SqlStatements.Counted> counted = new LinkedHashMap<>();
        walk(counted);
        Mocks.reset();
        return counted;
    }

    private void walk(Map<String, SqlStatements.Counted> into) {
        long id = IDS.incrementAndGet();
        String[] pi = new String[1];
        into.put("submit a proposal", count(() -> {
            pi[0] = submit(id);
            runJobs(pi[0]);
        }));
        String confirm = task(pi[0], "Task_ConfirmEligibility").getId();
        into.put("要件審査 (ConfirmEligibility)", count(() -> {
            complete("coord1", "coordinator", confirm, Map.of("eligibilityDecision", "ELIGIBLE"));
            runJobs(pi[0]);
        }));
        String first = groupTask(pi[0], "Task_GiveOpinion", "dept-kosodate").getId();
        into.put("意見照会 (1st of 2 depts)", count(() -> {
            complete("kosodate1", "dept-kosodate", first, ActionOverheadBenchmark.InApp.opinionForm("dept-kosodate"));
            runJobs(pi[0]);
        }));
        String last = groupTask(pi[0], "Task_GiveOpinion", "dept-bosai").getId();
        into.put("意見照会 (last of 2 depts)", count(() -> {
            complete("bosai1", "dept-bosai", last, ActionOverheadBenchmark.InApp.opinionForm("dept-bosai"));
            runJobs(pi[0]);
        }));
        into.put("審査結果 to the case (reject)", count(() -> decide(id, pi[0])));
        for (Runnable part : List.<Runnable>of(() -> scoreSheet(into), () -> registrationReview(into))) {
            try {
                part.run();
            } catch (RuntimeException e) {
                System.out.println("a no-op walk failed: " + e);
            }
        }
        String[] bare = new String[1];
        into.put("bare engine: start", count(() -> bare[0] = engine.getRuntimeService()
                .startProcessInstanceByKey("BenchOneTaskProcess", "BENCH-" + id).getId()));
        String bareTask = task(bare[0], "Task_Bench").getId();
        into.put("bare engine: complete", count(() -> complete("coord1", "coordinator", bareTask, Map.of())));
    }

    /** As ProposalService.submit starts the case (from inside, under the proposal's key). */
    private String submit(long id) {
        return engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.CITIZEN_PROPOSAL, "PR-" + id,
                Map.of("proposalId", id, "groupCamunda", "group-1", "caseLabel", "PR-" + id + " ベンチ提案",
                        "budgetVoteRequired", false)).getId();
    }

    /** As ProposalRoundService.distributeDecisions hands the decision to the case. */
    private void decide(long id, String pi) {
        engine.getRuntimeService().createMessageCorrelation(ProcessKeys.MSG_PROPOSAL_REVIEW_DECIDED)
                .processInstanceBusinessKey("PR-" + id).setVariable("reviewDecision", "REJECT")
                .setVariable("conditions", "").correlateWithResult();
        runJobs(pi);
    }

    private void scoreSheet(Map<String, SqlStatements.Counted> into) {
        long roundId = IDS.incrementAndGet();
        String pi = engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.COMMITTEE_REVIEW, "RR-" + roundId,
                Map.of("roundId", roundId)).getId();
        roundOfInstance.put(pi, roundId);
        for (String m : MEMBERS) {
            complete(m, "committee", memberTask(pi, "Task_ConfirmInterests", m).getId(),
                    Map.of("interestSheet", PlainEngine.json(interestRows), "noInterestConfirmed", true));
        }
        runJobs(pi);
        complete("coord1", "coordinator", task(pi, "Task_ScheduleHearing").getId(), Map.of("heldOn", "2027-02-14",
                "startTime", "13:30", "place", "佐久市役所 大会議室", "presentationMinutes", 10, "questionMinutes", 5,
                "hearingOrder", PlainEngine.json(hearingOrder)));
        List<Map<String, Object>> filled = new ArrayList<>();
        for (Sheets.ScoreRow r : blankScores) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("proposalId", r.proposalId());
            row.put("proposalTitle", r.proposalTitle());
            row.put("criterionCode", r.criterionCode());
            row.put("criterionName", r.criterionName());
            row.put("range", r.range());
            row.put("score", 3 + (int) (r.proposalId() % 3));
            filled.add(row);
        }
        for (int m = 0; m < MEMBERS.size(); m++) {
            String member = MEMBERS.get(m);
            String taskId = memberTask(pi, "Task_ScoreAtHearing", member).getId();
            Runnable complete = () -> {
                complete(member, "committee", taskId, Map.of("scoreSheet", PlainEngine.json(filled), "abstain", false));
                runJobs(pi);
            };
            if (m == 0) {
                into.put("score sheet 10 x 5 (1st member)", count(complete));
            } else if (m == MEMBERS.size() - 1) {
                into.put("score sheet 10 x 5 (last member)", count(() -> complete(member, "committee", taskId,
                        Map.of("scoreSheet", PlainEngine.json(filled), "abstain", false))));
                into.put("  the jobs it leaves (集計)", count(() -> runJobs(pi)));
            } else {
                complete.run();
            }
        }
    }

    private void registrationReview(Map<String, SqlStatements.Counted> into) {
        // started by the applicant (the model records the initiator), with the start grants the app's AccessSetup
        // gives applicants; not part of the counted action
        if (engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("applicant").count() == 0) {
            grant(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION, ProcessKeys.GROUP_REGISTRATION,
                    org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE);
            grant(org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE, "*",
                    org.camunda.bpm.engine.authorization.Permissions.CREATE);
        }
        String[] started = new String[1];
        as("applicant3", List.of("applicant"), () -> started[0] = engine.getRuntimeService().startProcessInstanceByKey(
                ProcessKeys.GROUP_REGISTRATION, GroupApplicationVariables.toVariables(Requests.eligibleGroup("ベンチの会")))
                .getId());
        String pi = started[0];
        runJobs(pi);
        String taskId = task(pi, "Task_ReviewRegistration").getId();
        into.put("group registration review", count(() -> {
            complete("coord1", "coordinator", taskId, Map.of("registrationDecision", "REGISTER",
                    "decisionReason", "要件を確認しました"));
            runJobs(pi);
        }));
    }

    private void grant(org.camunda.bpm.engine.authorization.Resource resource, String id,
                       org.camunda.bpm.engine.authorization.Permission permission) {
        org.camunda.bpm.engine.authorization.Authorization a = engine.getAuthorizationService()
                .createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
        a.setGroupId("applicant");
        a.setResource(resource);
        a.setResourceId(id);
        a.addPermission(permission);
        engine.getAuthorizationService().saveAuthorization(a);
    }

    /** The lifecycle of the throughput row, as InApp#lifecycle walks it through the app. */
    void lifecycles(int n) {
        beans();
        try {
            for (int i = 0; i < n; i++) {
                long id = IDS.incrementAndGet();
                String pi = submit(id);
                runJobs(pi);
                complete("coord1", "coordinator", task(pi, "Task_ConfirmEligibility").getId(),
                        Map.of("eligibilityDecision", "ELIGIBLE"));
                runJobs(pi);
                for (String[] d : new String[][] {{"kosodate1", "dept-kosodate"}, {"bosai1", "dept-bosai"}}) {
                    complete(d[0], d[1], groupTask(pi, "Task_GiveOpinion", d[1]).getId(),
                            ActionOverheadBenchmark.InApp.opinionForm(d[1]));
                    runJobs(pi);
                }
                decide(id, pi);
            }
        } finally {
            Mocks.reset();
        }
    }

    @Override
    public void close() throws Exception {
        engine.close();
        pool.close();
        pg.close();
    }
}
