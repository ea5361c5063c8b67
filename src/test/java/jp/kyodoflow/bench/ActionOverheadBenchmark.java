package jp.kyodoflow.bench;

import java.nio.file.Files;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodoflow.KyodoFlowApplication;
import jp.kyodoflow.committee.ReviewRules;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.proposals.ProposalInputs;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.proposals.ProposalService;
import jp.kyodoflow.proposals.RoundRules;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.HearingRounds;
import jp.kyodoflow.support.ReviewFlow;
import jp.kyodoflow.support.Requests;
import jp.kyodoflow.support.SqlStatements;
import jp.kyodoflow.tasks.WorkService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Statements per user action, ours apart from the engine's, against the same models with no-op delegates
 * (issue 12, "overhead over the engine"). Not a test: {@code ./mvnw -Pbench verify
 * -Dbench.main=jp.kyodoflow.bench.ActionOverheadBenchmark} (or this main class; {@code bench.lifecycles},
 * or the environment's {@code BENCH_LIFECYCLES}, default 20).
 *
 * <ol>
 * <li><b>In the application</b> (demo data, throw-away embedded PostgreSQL, job executor off: the jobs an
 * action leaves are run inside its window): submit a citizen proposal, 要件審査, 意見照会 (the first and the
 * last department), the committee's decision handed to the case, a member's 10 × 5 score sheet, a group
 * registration review, and a one-task model deployed here (start, complete). Tasks are completed through
 * {@link WorkService#complete}, the door of {@code POST /api/tasks/{id}/complete}.</li>
 * <li><b>The same models with no-op delegates</b> ({@link NoOpEngine}): the same bpmn/*.bpmn and forms on a
 * plain engine over a second embedded PostgreSQL, the step adapters fed by mocks, driving the same path.</li>
 * <li><b>Lifecycle throughput</b>: N citizen proposals from submission to the committee's decision (rejected,
 * so that no project case starts), through the app and on the plain engine.</li>
 * <li><b>Where our statements go</b>: our statements of each action by kind and table, and the code that
 * prepared each Hibernate statement (a {@link StatementInspector} samples the first frame of ours).</li>
 * </ol>
 */
public final class ActionOverheadBenchmark {

    static final String ONE_TASK_MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_BenchOneTask"
                targetNamespace="http://kyodoflow.jp/bench">
              <bpmn:process id="BenchOneTaskProcess" name="ベンチマーク（1タスク）" isExecutable="true"
                  camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="StartEvent_Bench"/>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Bench" targetRef="Task_Bench"/>
                <bpmn:userTask id="Task_Bench" name="ベンチマークのタスク" camunda:candidateGroups="coordinator"/>
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Bench" targetRef="EndEvent_Bench"/>
                <bpmn:endEvent id="EndEvent_Bench"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    /** 5 criteria (weights 1–2, 1–5 points): with 10 proposals a member's sheet has 50 rows. */
    static final ReviewRules FIVE_CRITERIA = new ReviewRules(List.of(ReviewRules.Stage.HEARING), List.of(
            new ReviewRules.Criterion("public", "公益性", 2, 1, 5), new ReviewRules.Criterion("feasible", "実現可能性", 1, 1, 5),
            new ReviewRules.Criterion("synergy", "協働の相乗効果", 2, 1, 5), new ReviewRules.Criterion("budget", "予算の妥当性", 1, 1, 5),
            new ReviewRules.Criterion("growth", "発展性", 1, 1, 5)),
            new ReviewRules.Threshold(ReviewRules.Threshold.Kind.NORMALISED_100, 50), null, ReviewRules.ConflictPolicy.EXCLUDE,
            1, ReviewRules.TieBreak.SHARED, null, null, false);
    static final List<String> MEMBERS = List.of("benchm1", "benchm2", "benchm3");
    static final int PROPOSALS_ON_SHEET = 10;

    /** The actions of the table, in order. */
    static final List<String> ACTIONS = List.of("submit a proposal", "要件審査 (ConfirmEligibility)",
            "意見照会 (1st of 2 depts)", "意見照会 (last of 2 depts)", "審査結果 to the case (reject)",
            "score sheet 10 x 5 (1st member)", "score sheet 10 x 5 (last member)", "  the jobs it leaves (集計)",
            "group registration review",
            "bare engine: start", "bare engine: complete");

    private ActionOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String lifecyclesEnv = System.getenv("BENCH_LIFECYCLES");
        int lifecycles = Integer.getInteger("bench.lifecycles", lifecyclesEnv == null ? 20 : Integer.parseInt(lifecyclesEnv));
        long t0 = System.nanoTime();
        String dataDir = Files.createTempDirectory("kyodo-bench-pg").toString();
        // as system properties, not the builder's defaults: application.yml would win over those
        Map<String, String> props = Map.of("server.port", "0", "kyodo.embedded-db.data-dir", dataDir,
                "kyodo.embedded-db.port", "0", "kyodo.embedded-db.clean", "true", "logging.level.root", "WARN",
                "logging.level.jp.kyodoflow", "WARN", "logging.level.org.camunda.bpm.engine.context", "OFF",
                "camunda.bpm.job-execution.enabled", "false",
                "spring.jpa.properties.hibernate.session_factory.statement_inspector", Callers.class.getName());
        props.forEach(System::setProperty);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(KyodoFlowApplication.class, SqlStatements.class)
                .profiles("demo")
                .initializers(ActionOverheadBenchmark::withBenchComponents)
                .run(args);
        NoOpEngine started = null;
        try {
            System.out.printf("app started in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            ProcessEngineConfigurationImpl appConfig = (ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class)
                    .getProcessEngineConfiguration();
            long t1 = System.nanoTime();
            started = NoOpEngine.start(appConfig);
            NoOpEngine plain = started;
            System.out.printf("plain engine started in %.1f s%n", (System.nanoTime() - t1) / 1e9);
            System.out.printf("machine: %d cores, %s, Java %s, PostgreSQL %s (both), load average %.2f%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                    System.getProperty("java.version"), jdbc.queryForObject("show server_version", String.class),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println("engine settings matched on the plain engine: " + NoOpEngine.settings(appConfig));

            InApp inApp = new InApp(app);
            inApp.prepare();
            Map<String, SqlStatements.Counted> ours = inApp.actions();
            Map<String, SqlStatements.Counted> noOp = new LinkedHashMap<>();
            try {
                noOp = plain.actions();
            } catch (RuntimeException e) {
                System.out.println("the no-op walk failed: " + e);
                e.printStackTrace(System.out);
            }
            table(ours, noOp);

            System.out.println();
            System.out.println("lifecycle throughput (submission to the decision, " + lifecycles + " each, sequential):");
            inApp.lifecycles(3);
            plain.lifecycles(3);
            // in four alternating turns, so that a change of the machine's load falls on both sides alike
            long appNanos = 0;
            long plainNanos = 0;
            for (int turn = 0; turn < 4; turn++) {
                int n = lifecycles / 4 + (turn < lifecycles % 4 ? 1 : 0);
                appNanos += nanos(() -> inApp.lifecycles(n));
                plainNanos += nanos(() -> plain.lifecycles(n));
            }
            double appRate = lifecycles / (appNanos / 1e9);
            double plainRate = lifecycles / (plainNanos / 1e9);
            System.out.printf("  app %.2f/s, plain engine with no-op delegates %.2f/s, ratio %.2f (goal >= 0.8); load average now %.2f%n",
                    appRate, plainRate, appRate / plainRate,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            if (Boolean.parseBoolean(System.getProperty("bench.timing", "true"))) {
                System.out.println();
                System.out.println("where the lifecycle's time goes (" + lifecycles + " more each, time in JDBC calls):");
                long[] wall = new long[2];
                List<SqlStatements.Timing> appTimes = SqlStatements.timed(() -> wall[0] = nanos(() -> inApp.lifecycles(lifecycles)));
                List<SqlStatements.Timing> plainTimes = SqlStatements.timed(() -> wall[1] = nanos(() -> plain.lifecycles(lifecycles)));
                timing("app", appTimes, wall[0], lifecycles);
                timing("no-op", plainTimes, wall[1], lifecycles);
            }

            System.out.println();
            System.out.println("where our statements go (per action: kind and table; Hibernate's by the code that prepared them):");
            ours.forEach((action, counted) -> contributors(action, counted, inApp.callers.get(action)));
            if (Boolean.getBoolean("bench.sqlDump")) {
                ours.forEach((action, counted) -> System.out.println("-- " + action + "\n" + counted));
            }
        } finally {
            if (started != null) {
                started.close();
            }
            app.close();
        }
    }

    private static void timing(String side, List<SqlStatements.Timing> times, long wallNanos, int lifecycles) {
        long ours = times.stream().filter(t -> !t.engine()).mapToLong(SqlStatements.Timing::nanos).sum();
        long engine = times.stream().filter(SqlStatements.Timing::engine).mapToLong(SqlStatements.Timing::nanos).sum();
        long oursRuns = times.stream().filter(t -> !t.engine() && !t.sql().startsWith("("))
                .mapToLong(SqlStatements.Timing::executions).sum();
        long commits = times.stream().filter(t -> t.sql().equals("(commit)")).mapToLong(SqlStatements.Timing::executions).sum();
        long engineRuns = times.stream().filter(SqlStatements.Timing::engine).mapToLong(SqlStatements.Timing::executions).sum();
        System.out.printf("  %s: %.1f ms per lifecycle; in JDBC: ours %.1f ms (%d statements, %d commits, connections"
                        + " taken), engine %.1f ms (%d); the rest %.1f ms%n",
                side, wallNanos / 1e6 / lifecycles, ours / 1e6 / lifecycles, oursRuns / lifecycles, commits / lifecycles,
                engine / 1e6 / lifecycles, engineRuns / lifecycles, (wallNanos - ours - engine) / 1e6 / lifecycles);
        times.stream().limit(12).forEach(t -> System.out.printf("    %7.2f ms %5d× %-6s %s%n", t.nanos() / 1e6 / lifecycles,
                t.executions() / lifecycles, t.engine() ? "engine" : "ours",
                t.sql().length() > 110 ? t.sql().substring(0, 110) + "…" : t.sql()));
    }

    private static long nanos(Runnable work) {
        long t = System.nanoTime();
        work.run();
        return System.nanoTime() - t;
    }

    static void table(Map<String, SqlStatements.Counted> app, Map<String, SqlStatements.Counted> noOp) {
        System.out.println();
        System.out.printf("%-36s %6s %8s %7s | %14s | %s%n", "action", "ours", "engine", "total", "no-op engine", "engine vs no-op");
        for (String action : ACTIONS) {
            SqlStatements.Counted a = app.get(action);
            SqlStatements.Counted p = noOp.get(action);
            if (a == null) {
                continue;
            }
            int plainAll = p == null ? -1 : p.total();
            System.out.printf("%-36s %6d %8d %7d | %14s | %s%n", action, a.own(), a.engineCount(), a.total(),
                    p == null ? "-" : String.valueOf(plainAll), p == null ? "" : String.format("%+d", a.engineCount() - plainAll));
        }
    }

    static final Pattern KIND = Pattern.compile("^\\s*(select|insert|update|delete|with)\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern TABLE = Pattern.compile("\\b(?:from|into|update)\\s+([a-z_][a-z0-9_.]*)", Pattern.CASE_INSENSITIVE);

    /** "select proposal", "insert case_event", ...: the kind and the first table a statement names. */
    static String shape(String sql) {
        String one = sql.replaceAll("\\s+", " ").trim();
        Matcher k = KIND.matcher(one);
        Matcher t = TABLE.matcher(one);
        return (k.find() ? k.group(1).toLowerCase() : "other") + " " + (t.find() ? t.group(1).toLowerCase() : "?");
    }

    static void contributors(String action, SqlStatements.Counted counted, Map<String, Integer> callers) {
        Map<String, Integer> byShape = new TreeMap<>();
        counted.ours().forEach(sql -> byShape.merge(shape(sql), 1, Integer::sum));
        System.out.printf("%s: ours %d%n", action, counted.own());
        byShape.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(8)
                .forEach(e -> System.out.printf("    %3d  %s%n", e.getValue(), e.getKey()));
        if (callers != null && !callers.isEmpty()) {
            callers.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(6)
                    .forEach(e -> System.out.printf("         %3d prepared at %s%n", e.getValue(), e.getKey()));
        }
    }

    /** Lets the benchmark's own counter and the fixtures it walks the app with in; no other test component. */
    private static void withBenchComponents(ConfigurableApplicationContext context) {
        Set<String> kept = Set.of(SqlStatements.class.getName(), Flow.class.getName(), ReviewFlow.class.getName(),
                HearingRounds.class.getName());
        context.getBeanFactory().registerSingleton("benchWithoutTestComponents",
                new org.springframework.boot.context.TypeExcludeFilter() {
                    @Override
                    public boolean match(org.springframework.core.type.classreading.MetadataReader reader,
                                         org.springframework.core.type.classreading.MetadataReaderFactory factory)
                            throws java.io.IOException {
                        return reader.getResource().getURL().toString().contains("/test-classes/")
                                && !kept.contains(reader.getClassMetadata().getClassName());
                    }
                });
    }

    /**
     * Hibernate's statement inspector: while a window is open, counts each statement Hibernate prepares under
     * the first frame of our code that led to it (not the benchmark's, not a proxy's).
     */
    public static final class Callers implements StatementInspector {
        static final AtomicBoolean OPEN = new AtomicBoolean();
        static final Map<String, Integer> SEEN = new ConcurrentHashMap<>();

        @Override
        public String inspect(String sql) {
            if (OPEN.get()) {
                String at = StackWalker.getInstance().walk(frames -> frames
                        .filter(f -> f.getClassName().startsWith("jp.kyodoflow.") && !f.getClassName().contains("$$")
                                && !f.getClassName().contains("$Proxy") && !f.getClassName().contains("LoginThrottlePlugin")
                                && !f.getClassName().startsWith("jp.kyodoflow.bench.")
                                && !f.getClassName().startsWith("jp.kyodoflow.support."))
                        .findFirst().map(f -> f.getClassName().substring("jp.kyodoflow.".length()) + "." + f.getMethodName()
                                + ":" + f.getLineNumber()).orElse("(the flush at commit)"));
                SEEN.merge(shape(sql) + "  <- " + at, 1, Integer::sum);
            }
            return sql;
        }

        static <T> Map<String, Integer> around(Runnable work) {
            SEEN.clear();
            OPEN.set(true);
            try {
                work.run();
            } finally {
                OPEN.set(false);
            }
            Map<String, Integer> copy = new LinkedHashMap<>(SEEN);
            SEEN.clear();
            return copy;
        }
    }

    /** The actions through the application's services, as its users take them. */
    static final class InApp {
        final ConfigurableApplicationContext app;
        final Flow flow;
        final WorkService work;
        final TaskService tasks;
        final RuntimeService runtime;
        final ProposalService proposals;
        final ProposalRoundService calls;
        final Map<String, Map<String, Integer>> callers = new LinkedHashMap<>();
        final CurrentUser applicant = new CurrentUser("applicant1", Set.of(Roles.APPLICANT, "group-1"));
        long callId;
        long decidingCallId;
        int seq;

        InApp(ConfigurableApplicationContext app) {
            this.app = app;
            this.flow = app.getBean(Flow.class);
            this.work = app.getBean(WorkService.class);
            this.tasks = app.getBean(TaskService.class);
            this.runtime = app.getBean(RuntimeService.class);
            this.proposals = app.getBean(ProposalService.class);
            this.calls = app.getBean(ProposalRoundService.class);
        }

        void prepare() {
            Clock clock = app.getBean(Clock.class);
            OffsetDateTime now = OffsetDateTime.now(clock);
            FiscalYear year = FiscalYear.current(clock);
            long configId = app.getBean(jp.kyodoflow.committee.ReviewConfigService.class).list().stream()
                    .filter(c -> c.name().startsWith("協働事業 標準")).findFirst().orElseThrow().id();
            // not one per group: the benchmark submits many proposals of one demo group; no budget vote
            RoundRules rules = new RoundRules(year.year(), now.minusDays(1), now.plusDays(30), false, null, false,
                    List.of(90, 80, 70), 500_000L, false);
            callId = calls.create(new ProposalInputs.CreateRound("ベンチ募集（オーバーヘッド）", rules, configId,
                    List.of(new jp.kyodoflow.committee.RoundInputs.MemberInput("committee1", "委員長", true))), "coord1").id();
            // distributing decisions marks its call decided: a second call (same rules) hands them out, so that
            // the first one stays open for submissions
            decidingCallId = calls.create(new ProposalInputs.CreateRound("ベンチ募集（審査結果）", rules, configId,
                    List.of(new jp.kyodoflow.committee.RoundInputs.MemberInput("committee1", "委員長", true))), "coord1").id();
            app.getBean(RepositoryService.class).createDeployment().name("bench-one-task")
                    .addString("BenchOneTaskProcess.bpmn", ONE_TASK_MODEL).deploy();
        }

        /** Each action once as a warm-up (caches, first-time reads), then once counted. */
        Map<String, SqlStatements.Counted> actions() {
            Map<String, SqlStatements.Counted> warm = new LinkedHashMap<>();
            proposalPath(warm);
            scoreSheet(warm, "ウォームアップ");
            registrationReview(warm);
            bareEngine(warm);
            callers.clear();
            Map<String, SqlStatements.Counted> counted = new LinkedHashMap<>();
            proposalPath(counted);
            scoreSheet(counted, "計測");
            registrationReview(counted);
            bareEngine(counted);
            return counted;
        }

        private void measure(Map<String, SqlStatements.Counted> into, String action, Runnable work) {
            SqlStatements.Counted[] c = new SqlStatements.Counted[1];
            Map<String, Integer> at = Callers.around(() -> c[0] = SqlStatements.count(work));
            into.put(action, c[0]);
            callers.put(action, at);
        }

        String submit() {
            long id = proposals.create(applicant, callId, new ProposalInputs.ProposalInput(1L,
                    content("ベンチ提案 " + (++seq), FiscalYear.current(app.getBean(Clock.class))), true)).id();
            String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("PR-" + id).singleResult().getId();
            flow.runJobs(pi);
            return id + ":" + pi;
        }

        void proposalPath(Map<String, SqlStatements.Counted> into) {
            long[] created = new long[1];
            // no async step follows the submission: the case is looked up outside the window
            measure(into, "submit a proposal", () -> created[0] = proposals.create(applicant, callId,
                    new ProposalInputs.ProposalInput(1L, content("ベンチ提案 " + (++seq),
                            FiscalYear.current(app.getBean(Clock.class))), true)).id());
            long id = created[0];
            String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("PR-" + id).singleResult().getId();
            flow.runJobs(pi);
            CurrentUser coord = flow.user("coord1");
            String confirm = flow.task(pi, "Task_ConfirmEligibility").getId();
            measure(into, "要件審査 (ConfirmEligibility)", () -> {
                work.complete(coord, confirm, Map.of("eligibilityDecision", "ELIGIBLE"));
                flow.runJobs(pi);
            });
            opinion(into, "意見照会 (1st of 2 depts)", pi, "kosodate1", "dept-kosodate");
            opinion(into, "意見照会 (last of 2 depts)", pi, "bosai1", "dept-bosai");
            measure(into, "審査結果 to the case (reject)", () -> decide(id, pi));
        }

        void decide(long id, String pi) {
            calls.distributeDecisions(decidingCallId, List.of(new ProposalRoundService.Decision("CITIZEN_PROPOSAL", id, "REJECT", null)));
            flow.runJobs(pi);
        }

        private void opinion(Map<String, SqlStatements.Counted> into, String action, String pi, String user, String department) {
            CurrentUser u = flow.user(user);
            Task t = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_GiveOpinion")
                    .taskCandidateGroup(department).singleResult();
            measure(into, action, () -> {
                work.complete(u, t.getId(), opinionForm(department));
                flow.runJobs(pi);
            });
        }

        /** A consistent proposal naming two departments (so 意見照会 has a first and a last opinion). */
        static jp.kyodoflow.proposals.ProposalContent content(String title, FiscalYear fy) {
            jp.kyodoflow.proposals.ProposalContent c = PortalPagesBenchmark.content(title, fy);
            return new jp.kyodoflow.proposals.ProposalContent(c.title(), c.problem(), c.purpose(), c.targets(), c.content(),
                    c.expectedEffect(), c.whyCollaboration(), c.collaborationForm(), c.cityRoles(), c.groupRoles(),
                    c.periodFrom(), c.periodTo(), c.projectYear(), List.of("dept-kosodate", "dept-bosai"), c.budget());
        }

        static Map<String, Object> opinionForm(String department) {
            return Map.of("feasibility", "FEASIBLE", "roleFit", "APPROPRIATE", "budgetAvailability", "AVAILABLE",
                    "opinionComments", department + "：既存事業と連携できる");
        }

        /** One lifecycle: submitted, accepted, both opinions, the committee's decision (reject). */
        void lifecycle() {
            String[] idAndPi = submit().split(":");
            long id = Long.parseLong(idAndPi[0]);
            String pi = idAndPi[1];
            work.complete(user("coord1"), flow.task(pi, "Task_ConfirmEligibility").getId(),
                    Map.of("eligibilityDecision", "ELIGIBLE"));
            flow.runJobs(pi);
            for (String[] d : new String[][] {{"kosodate1", "dept-kosodate"}, {"bosai1", "dept-bosai"}}) {
                Task t = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_GiveOpinion")
                        .taskCandidateGroup(d[1]).singleResult();
                work.complete(user(d[0]), t.getId(), opinionForm(d[1]));
                flow.runJobs(pi);
            }
            decide(id, pi);
        }

        private final Map<String, CurrentUser> users = new java.util.HashMap<>();

        /**
         * The person as their login gives them to a request (read once: a request does not read its user's groups
         * again, and the no-op side passes user and group directly).
         */
        CurrentUser user(String userId) {
            return users.computeIfAbsent(userId, flow::user);
        }

        void lifecycles(int n) {
            for (int i = 0; i < n; i++) {
                lifecycle();
            }
        }

        void scoreSheet(Map<String, SqlStatements.Counted> into, String label) {
            List<String> titles = new ArrayList<>();
            for (int i = 1; i <= PROPOSALS_ON_SHEET; i++) {
                titles.add(label + "の提案 " + i);
            }
            HearingRounds.Hearing hearing = app.getBean(HearingRounds.class).start("ベンチ 5項目 " + label + " " + (++seq),
                    FIVE_CRITERIA, MEMBERS, titles, null);
            ReviewFlow review = app.getBean(ReviewFlow.class);
            String pi = hearing.round().processInstanceId();
            for (int m = 0; m < MEMBERS.size(); m++) {
                String member = MEMBERS.get(m);
                Task t = review.task(hearing.round(), "Task_ScoreAtHearing", member);
                Map<String, Object> sheet = review.filledSheet(t, (proposal, criterion) -> 3 + (int) (proposal % 3));
                CurrentUser u = flow.user(member);
                Runnable complete = () -> {
                    work.complete(u, t.getId(), sheet);
                    flow.runJobs(pi);
                };
                if (m == 0) {
                    measure(into, "score sheet 10 x 5 (1st member)", complete);
                } else if (m == MEMBERS.size() - 1) {
                    // the member's request, then the jobs it leaves (the multi-instance join and the stage's
                    // aggregation run in jobs, so that members scoring at once never conflict)
                    measure(into, "score sheet 10 x 5 (last member)", () -> work.complete(u, t.getId(), sheet));
                    measure(into, "  the jobs it leaves (集計)", () -> flow.runJobs(pi));
                } else {
                    complete.run();
                }
            }
        }

        void registrationReview(Map<String, SqlStatements.Counted> into) {
            GroupRegistrationService registrations = app.getBean(GroupRegistrationService.class);
            var view = registrations.submit(new CurrentUser("applicant3", Set.of(Roles.APPLICANT)),
                    Requests.eligibleGroup("ベンチの会 " + (++seq)));
            String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("GA-" + view.id()).singleResult().getId();
            flow.runJobs(pi);
            CurrentUser coord = flow.user("coord1");
            String task = flow.task(pi, "Task_ReviewRegistration").getId();
            measure(into, "group registration review", () -> {
                work.complete(coord, task, Map.of("registrationDecision", "REGISTER", "decisionReason", "要件を確認しました"));
                flow.runJobs(pi);
            });
        }

        void bareEngine(Map<String, SqlStatements.Counted> into) {
            String[] pi = new String[1];
            measure(into, "bare engine: start", () -> pi[0] = runtime.startProcessInstanceByKey("BenchOneTaskProcess",
                    "BENCH-" + (++seq)).getId());
            CurrentUser coord = flow.user("coord1");
            String task = flow.task(pi[0], "Task_Bench").getId();
            measure(into, "bare engine: complete", () -> work.complete(coord, task, Map.of()));
        }

        static <T> T get(Supplier<T> s) {
            return s.get();
        }
    }
}
