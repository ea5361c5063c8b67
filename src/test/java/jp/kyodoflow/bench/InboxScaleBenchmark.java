package jp.kyodoflow.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.KyodoFlowApplication;
import jp.kyodoflow.committee.ReviewConfigService;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.proposals.ProposalInputs;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.proposals.ProposalService;
import jp.kyodoflow.proposals.RoundRules;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.support.SqlStatements;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inboxes and lists at scale (issue 12). Not a test: {@code ./mvnw -Pbench verify
 * -Dbench.main=jp.kyodoflow.bench.InboxScaleBenchmark} (or this main class).
 *
 * <p>It starts the application with the demo data on a throw-away embedded PostgreSQL and generates
 * {@code bench.tasks} (default 10,000) open user tasks and {@code bench.proposals} (default 100,000)
 * historic proposals. The tasks are instances of a one-task model deployed by the benchmark whose
 * candidate group is spread over the departments (4 in 10 for 子育て支援課, 3 in 10 for the coordinator,
 * the rest over three other departments): the engine writes the same identity links and per-task
 * authorizations for them as for the city's own models, which is what the inbox queries read. The
 * proposals are copies of one submitted through ProposalService, written by SQL (status and group
 * varied) because 100,000 runs of the citizen-proposal process would take hours and leave open tasks.
 *
 * <p>Then, over loopback as each user with HTTP Basic, 20 warm-up requests and {@code bench.requests}
 * (default 100) timed ones per row: our {@code /api/tasks}, the engine's filter list and count (the calls
 * Tasklist makes, through {@code /engine-rest}), and our paged lists. Each row gives median, p95, the
 * statements of one request (ours / the engine's) and the response size, and the statements of a task
 * completion at history levels full, audit and activity. With {@code bench.variants=true} the inbox rows are
 * repeated, in the same run, under the engine's own settings: revoke checks auto, its per-command scan of
 * authorized group ids, its own task query (the authorization join), and all three (README "Performance and scale").
 */
public final class InboxScaleBenchmark {

    static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_BenchInbox"
                targetNamespace="http://kyodoflow.jp/bench">
              <bpmn:process id="BenchInboxProcess" name="ベンチマーク（受信箱）" isExecutable="true"
                  camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="StartEvent_Bench"/>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Bench" targetRef="Task_Bench"/>
                <bpmn:userTask id="Task_Bench" name="ベンチマークのタスク" camunda:candidateGroups="${group}"
                    camunda:formRef="BenchForm" camunda:formRefBinding="deployment"/>
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Bench" targetRef="EndEvent_Bench"/>
                <bpmn:endEvent id="EndEvent_Bench"/>
              </bpmn:process>
            </bpmn:definitions>
            """;
    static final String FORM = """
            {"id": "BenchForm", "type": "default", "schemaVersion": 16, "components": [
              {"key": "decision", "label": "判断", "type": "textfield", "id": "f1"},
              {"key": "reason", "label": "理由", "type": "textarea", "id": "f2"},
              {"key": "amount", "label": "金額", "type": "number", "id": "f3"},
              {"key": "agreed", "label": "同意", "type": "checkbox", "id": "f4"},
              {"key": "note", "label": "備考", "type": "textfield", "id": "f5"}]}
            """;
    static final String[] GROUPS = {"dept-kosodate", "dept-kosodate", "dept-kosodate", "dept-kosodate",
        Roles.COORDINATOR, Roles.COORDINATOR, Roles.COORDINATOR, "dept-bosai", "dept-kankyo", "dept-fukushi"};

    private InboxScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tasks = Integer.getInteger("bench.tasks", 10_000);
        int proposals = Integer.getInteger("bench.proposals", 100_000);
        int requests = Integer.getInteger("bench.requests", 100);
        String dataDir = Files.createTempDirectory("kyodo-bench-pg").toString();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(KyodoFlowApplication.class, SqlStatements.class)
                .profiles("demo")
                .initializers(InboxScaleBenchmark::withoutTestComponents)
                // command-line arguments, not default properties: application.yml would win over those, and its
                // data-dir is the demo's own database, which clean=true would wipe
                .run(concat(args, "--server.port=0", "--kyodo.embedded-db.data-dir=" + dataDir, "--kyodo.embedded-db.port=0",
                        "--kyodo.embedded-db.clean=true", "--logging.level.root=WARN", "--logging.level.jp.kyodoflow=WARN",
                        "--camunda.bpm.job-execution.enabled=false"));
        try {
            long t0 = System.nanoTime();
            seed(app, tasks, proposals);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            System.out.printf("seeded in %.1f s: open tasks=%d, authorizations=%d, identity links=%d, proposals=%d%n",
                    (System.nanoTime() - t0) / 1e9, count(jdbc, "act_ru_task"), count(jdbc, "act_ru_authorization"),
                    count(jdbc, "act_ru_identitylink"), count(jdbc, "proposal"));
            System.out.printf("machine: %d cores, %s, Java %s, PostgreSQL %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"),
                    jdbc.queryForObject("show server_version", String.class));
            int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
            String groupFilter = app.getBean(FilterService.class).createFilterQuery().filterName("グループのタスク")
                    .singleResult().getId();
            Map<String, String[]> rows = rows(groupFilter);
            Bench bench = new Bench(port, requests, 20);
            bench.header();
            rows.forEach((name, call) -> bench.row(name, call));
            completions(app);
            if (Boolean.getBoolean("bench.variants")) {
                // the slow variants with fewer requests (and warm-ups): a before-row takes seconds a request
                Bench slow = new Bench(port, Integer.getInteger("bench.variantRequests", 10), 2);
                ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class)
                        .getProcessEngineConfiguration();
                String revokes = config.getAuthorizationCheckRevokes();
                var tuned = config.getSessionFactories().get(org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager.class);
                var engines = new org.camunda.bpm.engine.impl.persistence.GenericManagerFactory(
                        org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager.class);
                config.setAuthorizationCheckRevokes(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_AUTO);
                System.out.println("-- variant: authorizationCheckRevokes=auto (the engine's default)");
                inboxRows(rows).forEach(slow::row);
                config.getSessionFactories().put(org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager.class, engines);
                System.out.println("-- variant: the engine's defaults (revokes auto, its group-id scan per command) = before");
                inboxRows(rows).forEach(slow::row);
                config.setAuthorizationCheckRevokes(revokes);
                System.out.println("-- variant: revokes never, the engine's group-id scan per command");
                inboxRows(rows).forEach(slow::row);
                swapTaskQuery(config);
                System.out.println("-- variant: the engine's own task query (authorization as a join), revokes never");
                inboxRows(rows).forEach(slow::row);
                config.getSessionFactories().put(org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager.class, engines);
                config.setAuthorizationCheckRevokes(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_AUTO);
                System.out.println("-- variant: all the engine's defaults (join, revokes auto, group-id scan) = before");
                inboxRows(rows).forEach(slow::row);
                swapTaskQuery(config);
                config.setAuthorizationCheckRevokes(revokes);
                config.getSessionFactories().put(org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager.class, tuned);
                System.out.println("-- back to as shipped");
                inboxRows(rows).forEach(slow::row);
                for (String variant : System.getProperty("bench.sql", "").split(";;")) {
                    if (!variant.isBlank()) {
                        System.out.println("-- variant: " + variant);
                        jdbc.execute(variant);
                        jdbc.execute("analyze");
                        inboxRows(rows).forEach(slow::row);
                    }
                }
            }
        } finally {
            if (Boolean.getBoolean("bench.hold")) {
                System.out.println("holding the database at " + dataDir + "; Ctrl-C to end");
                Thread.sleep(Long.MAX_VALUE);
            }
            app.close();
        }
    }

    static String[] concat(String[] args, String... more) {
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    static Map<String, String[]> rows(String groupFilter) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        String list = "/engine-rest/filter/" + groupFilter + "/list?firstResult=0&maxResults=15";
        String count = "/engine-rest/filter/" + groupFilter + "/count";
        String sorting = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
        for (String user : List.of("kosodate1", "coord1", "kankyo1", "applicant1")) {
            rows.put(user + " GET /api/tasks?size=50", new String[] {user, "GET", "/api/tasks?size=50", null});
            rows.put(user + " Tasklist filter list (15)", new String[] {user, "POST", list, sorting});
            rows.put(user + " Tasklist filter count", new String[] {user, "GET", count, null});
        }
        rows.put("kosodate1 GET /api/tasks?page=40&size=50", new String[] {"kosodate1", "GET", "/api/tasks?page=40&size=50", null});
        for (String user : List.of("coord1", "kosodate1", "applicant1")) {
            rows.put(user + " GET /api/proposals", new String[] {user, "GET", "/api/proposals", null});
            rows.put(user + " GET /api/notices", new String[] {user, "GET", "/api/notices", null});
        }
        rows.put("coord1 GET /api/review-rounds", new String[] {"coord1", "GET", "/api/review-rounds", null});
        rows.put("coord1 GET /api/group-registrations", new String[] {"coord1", "GET", "/api/group-registrations", null});
        rows.put("coord1 GET /api/groups", new String[] {"coord1", "GET", "/api/groups", null});
        rows.put("coord1 GET /api/projects", new String[] {"coord1", "GET", "/api/projects", null});
        rows.put("coord1 GET /api/proposals?page=100", new String[] {"coord1", "GET", "/api/proposals?page=100", null});
        rows.put("kosodate1 GET /api/proposals?status=REJECTED", new String[] {"kosodate1", "GET",
            "/api/proposals?status=REJECTED", null});
        return rows;
    }

    static Map<String, String[]> inboxRows(Map<String, String[]> rows) {
        Map<String, String[]> inbox = new LinkedHashMap<>();
        rows.forEach((k, v) -> {
            if (k.startsWith("kosodate1") && (k.contains("tasks") || k.contains("Tasklist"))) {
                inbox.put(k, v);
            }
        });
        return inbox;
    }

    /**
     * The statements of completing one task with a five-field form (as kosodate1, through the engine REST
     * API as Tasklist submits), at history level full and at audit: the engine is switched at run time
     * (the level in the database is only checked at startup).
     */
    static void completions(ConfigurableApplicationContext app) {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class)
                .getProcessEngineConfiguration();
        org.camunda.bpm.engine.TaskService taskService = app.getBean(org.camunda.bpm.engine.TaskService.class);
        org.camunda.bpm.engine.IdentityService identity = app.getBean(org.camunda.bpm.engine.IdentityService.class);
        var original = config.getHistoryLevel();
        List<org.camunda.bpm.engine.impl.history.HistoryLevel> levels = List.of(
                org.camunda.bpm.engine.impl.history.HistoryLevel.HISTORY_LEVEL_FULL,
                org.camunda.bpm.engine.impl.history.HistoryLevel.HISTORY_LEVEL_AUDIT,
                org.camunda.bpm.engine.impl.history.HistoryLevel.HISTORY_LEVEL_ACTIVITY);
        System.out.printf("%-44s %12s %12s%n", "complete one task, 5 form fields", "stmts o/e", "median");
        for (var level : levels) {
            config.setHistoryLevel(level);
            long[] us = new long[30];
            SqlStatements.Counted last = null;
            for (int i = 0; i < us.length; i++) {
                String taskId = taskService.createTaskQuery().processDefinitionKey("BenchInboxProcess")
                        .taskCandidateGroup("dept-kankyo").listPage(0, 1).get(0).getId();
                long t = System.nanoTime();
                last = SqlStatements.count(() -> {
                    identity.setAuthentication("kankyo1", List.of("dept-kankyo"));
                    try {
                        app.getBean(org.camunda.bpm.engine.FormService.class).submitTaskForm(taskId, Map.of(
                                "decision", "OK", "reason", "ベンチマーク", "amount", 1000L, "agreed", true, "note", "なし"));
                    } finally {
                        identity.clearAuthentication();
                    }
                });
                us[i] = (System.nanoTime() - t) / 1000;
            }
            Arrays.sort(us);
            System.out.printf("%-44s %6d/%-5d %10.1fms%n", "history level " + level.getName(), last.own(),
                    last.engineCount(), us[us.length / 2] / 1000.0);
        }
        config.setHistoryLevel(original);
    }

    /** Swaps the engine's own task list/count statements with ours (TaskQueryAuthorizationInWhere keeps them). */
    @SuppressWarnings("unchecked")
    static void swapTaskQuery(ProcessEngineConfigurationImpl config) throws Exception {
        var mybatis = config.getSqlSessionFactory().getConfiguration();
        java.lang.reflect.Field field = org.apache.ibatis.session.Configuration.class.getDeclaredField("mappedStatements");
        field.setAccessible(true);
        var statements = (Map<String, org.apache.ibatis.mapping.MappedStatement>) field.get(mybatis);
        for (String name : List.of("selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria")) {
            String full = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity." + name;
            var current = statements.remove(full);
            statements.remove(name);
            var other = statements.remove("engine-original:" + name);
            statements.put(full, other);
            statements.put("engine-original:" + name, current);
        }
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    static void seed(ConfigurableApplicationContext app, int tasks, int proposals) {
        RepositoryService repository = app.getBean(RepositoryService.class);
        RuntimeService runtime = app.getBean(RuntimeService.class);
        repository.createDeployment().name("bench").addString("BenchInboxProcess.bpmn", MODEL)
                .addString("BenchForm.form", FORM).deploy();
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        for (int from = 0; from < tasks; from += 250) {
            int start = from;
            tx.executeWithoutResult(s -> {
                for (int i = start; i < Math.min(tasks, start + 250); i++) {
                    runtime.startProcessInstanceByKey("BenchInboxProcess", "BENCH-" + i, Map.of("group", GROUPS[i % GROUPS.length]));
                }
            });
        }
        Clock clock = app.getBean(Clock.class);
        OffsetDateTime now = OffsetDateTime.now(clock);
        FiscalYear year = FiscalYear.current(clock);
        long configId = app.getBean(ReviewConfigService.class).list().stream()
                .filter(c -> c.name().startsWith("協働事業 標準")).findFirst().orElseThrow().id();
        RoundRules rules = new RoundRules(year.year(), now.minusDays(1), now.plusDays(30), false, null, false,
                List.of(90, 80, 70), 500_000L, true);
        long call = app.getBean(ProposalRoundService.class).create(new ProposalInputs.CreateRound("ベンチ募集", rules, configId,
                List.of(new RoundInputs.MemberInput("committee1", "委員長", true))), "coord1").id();
        CurrentUser applicant = new CurrentUser("applicant1", Set.of(Roles.APPLICANT, "group-1"));
        long template = app.getBean(ProposalService.class).create(applicant, call,
                new ProposalInputs.ProposalInput(1L, PortalPagesBenchmark.content("ベンチ提案", year), true)).id();
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        // historic proposals: old rounds' outcomes, of both demo groups, half of them naming 子育て支援課
        jdbc.update("""
                insert into proposal (round_id, group_id, status, content, eligibility_reasons, decision_reason,
                                      created_by, created_at, submitted_at, updated_at)
                select p.round_id, 1 + (n % 2), (array['REJECTED','NOT_ACCEPTED','TO_AGREEMENT','LAPSED'])[1 + n % 4],
                       case when n % 2 = 0 then p.content
                            else jsonb_set(p.content, '{departments}', '["dept-bosai"]'::jsonb) end,
                       p.eligibility_reasons, 'ベンチマーク', p.created_by, p.created_at - make_interval(days => n % 3000),
                       p.submitted_at - make_interval(days => n % 3000), p.updated_at
                from proposal p cross join generate_series(1, ?) n where p.id = ?""", proposals, template);
        jdbc.execute("analyze");
    }

    private static void withoutTestComponents(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("benchWithoutTestComponents",
                new org.springframework.boot.context.TypeExcludeFilter() {
                    @Override
                    public boolean match(org.springframework.core.type.classreading.MetadataReader reader,
                                         org.springframework.core.type.classreading.MetadataReaderFactory factory)
                            throws java.io.IOException {
                        return reader.getResource().getURL().toString().contains("/test-classes/")
                                && !reader.getClassMetadata().getClassName().equals(SqlStatements.class.getName());
                    }
                });
    }

    /** Times one HTTP call per row and counts the statements of one more. */
    static final class Bench {
        private final HttpClient http = HttpClient.newHttpClient();
        private final String base;
        private final int requests;
        private final int warmups;

        Bench(int port, int requests, int warmups) {
            this.base = "http://127.0.0.1:" + port;
            this.requests = requests;
            this.warmups = warmups;
        }

        void header() {
            System.out.printf("%-44s %8s %8s %8s %12s %9s%n", "request", "median", "p95", "max", "stmts o/e", "bytes");
        }

        void row(String name, String[] call) {
            try {
                HttpResponse<String> first = send(call);
                if (first.statusCode() >= 300) {
                    System.out.printf("%-44s answered %d: %s%n", name, first.statusCode(),
                            first.body().substring(0, Math.min(200, first.body().length())));
                    return;
                }
                for (int i = 0; i < warmups; i++) {
                    send(call);
                }
                long[] us = new long[requests];
                int bytes = 0;
                for (int i = 0; i < requests; i++) {
                    long t = System.nanoTime();
                    bytes = send(call).body().length();
                    us[i] = (System.nanoTime() - t) / 1_000;
                }
                Arrays.sort(us);
                SqlStatements.Counted st = SqlStatements.count(() -> send(call)).statements();
                System.out.printf("%-44s %6.1fms %6.1fms %6.1fms %6d/%-5d %9d%n", name, us[requests / 2] / 1000.0,
                        us[(int) (requests * 0.95)] / 1000.0, us[requests - 1] / 1000.0, st.own(), st.engineCount(), bytes);
                if (Boolean.getBoolean("bench.sqlDump")) {
                    System.out.println(st);
                }
            } catch (Exception e) {
                System.out.printf("%-44s failed: %s%n", name, e);
            }
        }

        private HttpResponse<String> send(String[] call) {
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + call[2]))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString((call[0] + ":demo").getBytes(StandardCharsets.UTF_8)))
                        .header("Accept", "application/json");
                if ("POST".equals(call[1])) {
                    b.header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(call[3] == null ? "{}" : call[3]));
                } else {
                    b.GET();
                }
                return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
