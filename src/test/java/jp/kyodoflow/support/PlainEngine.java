package jp.kyodoflow.support;

import ch.qos.logback.classic.Level;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import jp.kyodoflow.database.CamundaSchemaMigration;
import jp.kyodoflow.workflow.FormValues;
import jp.kyodoflow.workflow.ProductionEnginePlugins;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;

/**
 * A process engine without a Spring context, for path tests: the real models and forms on the
 * embedded PostgreSQL, with the beans the models name ({@code ${projectTasks.x(task)}},
 * {@code ${recordProblemDelegate}}) registered by each test through {@code Mocks.register}.
 * <p>
 * One PostgreSQL and one engine per test JVM, started by the first test that asks and stopped when
 * the JVM ends. The schema is created the way production creates it: Flyway with
 * {@link CamundaSchemaMigration} (V001, Camunda's own create scripts) and our migrations, and the
 * engine checks it ({@code databaseSchemaUpdate=false}) instead of creating it. As in production:
 * history full, JSON serialization, history time to live enforced, Spin for forms and JSON variables,
 * our trust boundary, user-task defaults and deployer ({@link ProductionEnginePlugins}). Unlike
 * production: no job executor (tests fire timers and run async continuations), no authorizations
 * (TrustBoundaryTest's subject), and expressions resolve {@code Mocks} instead of Spring beans.
 */
public final class PlainEngine {

    public static final String NAME = "plain";

    private static final AtomicLong IDS = new AtomicLong(1000);
    private static ProcessEngine engine;

    private PlainEngine() {
    }

    public static synchronized ProcessEngine engine() {
        if (engine == null) {
            engine = start();
        }
        return engine;
    }

    /** camunda-bpm-junit5 on the shared engine: injects its services, resets the clock after each test. */
    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(engine()).build();
    }

    /** A case id no other test uses, so that business keys (PJ-…, PR-…) and message correlation stay apart. */
    public static long nextId() {
        return IDS.incrementAndGet();
    }

    private static ProcessEngine start() {
        quietLogs();
        EmbeddedPostgres pg;
        try {
            pg = EmbeddedPostgres.builder().setServerConfig("timezone", "Asia/Tokyo")
                    .setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration")
                .javaMigrations(new CamundaSchemaMigration()).load().migrate();

        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setProcessEngineName(NAME);
        cfg.setJdbcDriver("org.postgresql.Driver");
        cfg.setJdbcUrl(url);
        cfg.setJdbcUsername("postgres");
        cfg.setJdbcPassword("postgres");
        cfg.setDatabaseType("postgres");
        cfg.setDatabaseSchemaUpdate("false");
        cfg.setHistory("full");
        cfg.setJobExecutorActivate(false);
        cfg.setMetricsEnabled(false);
        // no decision tables or cases in our models: skipping the DMN (FEEL) and CMMN engines saves seconds
        cfg.setDmnEnabled(false);
        cfg.setCmmnEnabled(false);
        cfg.setDbMetricsReporterActivate(false);
        cfg.setAuthorizationEnabled(false);
        cfg.setIdGenerator(new StrongUuidGenerator());
        cfg.setEnforceHistoryTimeToLive(true);
        cfg.setJavaSerializationFormatEnabled(false);
        cfg.setDefaultSerializationFormat("application/json");
        cfg.setExpressionManager(new MockExpressionManager());
        List<ProcessEnginePlugin> plugins = new ArrayList<>();
        plugins.add(new SpinProcessEnginePlugin());
        plugins.addAll(ProductionEnginePlugins.withoutSpring());
        cfg.setProcessEnginePlugins(plugins);
        ProcessEngine built = cfg.buildProcessEngine();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            built.close();
            try {
                pg.close();
            } catch (IOException e) {
                // the JVM is ending; zonky's temporary folder goes with it
            }
        }, "plain-engine-shutdown"));
        return built;
    }

    /**
     * The levels application-test.yml gives the Spring tests: the refusals tests provoke on purpose are
     * not logged as engine errors with stack traces. (A Spring context started later sets its own.)
     */
    private static void quietLogs() {
        level(org.slf4j.Logger.ROOT_LOGGER_NAME, Level.WARN);
        level("org.camunda.bpm.engine.context", Level.OFF);
        level("jp.kyodoflow", Level.INFO);
    }

    private static void level(String logger, Level level) {
        if (LoggerFactory.getLogger(logger) instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(level);
        }
    }

    /**
     * Completes a task as that person, the way Tasklist and our API do: the form is submitted
     * ({@code submitTaskForm}, which writes into the task's own variables where a listener prepared
     * them, e.g. a member's score sheet), and the trust boundary checks the form's keys (dropping
     * read-only ones from the map it is given, hence a mutable copy, as from a request).
     */
    public static void completeAs(String userId, Task task, Map<String, Object> formValues) {
        as(userId, () -> engine().getFormService().submitTaskForm(task.getId(), new HashMap<>(formValues)));
    }

    /** Starts a process as that person (only the public processes may be started by a person). */
    public static ProcessInstance startAs(String userId, String processKey, Map<String, Object> formValues) {
        ProcessInstance[] started = new ProcessInstance[1];
        as(userId, () -> started[0] = engine().getRuntimeService().startProcessInstanceByKey(processKey,
                new HashMap<>(formValues)));
        return started[0];
    }

    private static void as(String userId, Runnable work) {
        IdentityService identity = engine().getIdentityService();
        identity.setAuthentication(userId, List.of());
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Runs the async continuations that are due (joins, multi-instance ends), as the job executor would. */
    public static void runAsyncJobs(ProcessInstance pi) {
        ManagementService management = engine().getManagementService();
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(pi.getId()).messages().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("async jobs of " + pi.getId() + " keep coming");
    }

    /** A list or object as Tasklist submits a dynamic list or group of a Camunda Form: Spin JSON. */
    public static TypedValue json(Object value) {
        return SpinValues.jsonValue(FormValues.JSON.valueToTree(value).toString()).create();
    }
}
