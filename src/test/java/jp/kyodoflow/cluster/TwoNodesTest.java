package jp.kyodoflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.kyodoflow.support.BesideTheSharedContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two application nodes (separate JVMs, as in production) on one PostgreSQL, both started at once with the demo
 * profile and the job executor on. Work is started through both nodes; one node is stopped (SIGTERM) while jobs are
 * still waiting, some of them already taken by it. Every job runs exactly once: none twice (the engine's optimistic
 * locking), none lost (the other node takes what the stopped node had locked once the lock expires). Start-up on
 * one database at once creates everything once (one deployment, one set of demo data), and a portal login made on
 * one node is valid on the other, also after the first has stopped.
 */
@BesideTheSharedContext
class TwoNodesTest {

    static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    static final Duration WORK_TIMEOUT = Duration.ofMinutes(3);
    static final int INSTANCES = 120;
    /** Each instance runs two async steps, so jobs = 2 × instances. */
    static final int JOBS = 2 * INSTANCES;
    static final ObjectMapper JSON = new ObjectMapper();
    /** A short lock: what the stopped node had taken is free again after this. */
    static final int LOCK_TIME_MS = 8_000;

    @TempDir
    Path work;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    EmbeddedPostgres pg;
    final List<Node> nodes = new ArrayList<>();

    record Node(String id, int port, Process process, Path log) {
        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }

    @AfterEach
    void stopAll() throws Exception {
        for (Node node : nodes) {
            if (node.process().isAlive()) {
                node.process().destroy();
                if (!node.process().waitFor(30, TimeUnit.SECONDS)) {
                    node.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void everyJobRunsOnceWhileANodeStopsAndASessionMovesToTheOtherNode() throws Exception {
        pg = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true)
                .setServerConfig("timezone", "Asia/Tokyo").setServerConfig("max_connections", "100").start();
        sql("create schema cluster_test; create table cluster_test.run (job text not null, ran_at timestamptz default now(), "
                + "node text default current_setting('application_name'))");

        Node one = start("node1");
        Node two = start("node2");
        awaitReady(one);
        awaitReady(two);

        // started at once on an empty database: migrated once, deployed once, demo data once
        assertThat(count("select count(*) from flyway_schema_history where success")).isGreaterThan(1);
        assertThat(count("select count(*) from act_re_deployment where name_ = 'kyodo-flow'")).isEqualTo(1);
        assertThat(count("select count(*) from act_id_user where id_ = 'coord1'")).isEqualTo(1);
        assertThat(count("select count(*) from civic_group")).as("demo groups registered once").isEqualTo(2);
        assertThat(count("select count(*) from act_re_procdef where key_ = 'GroupRegistrationProcess'")).isEqualTo(1);

        // a portal login on node 1 is a session of the cluster
        String cookie = portalLogin(one, "applicant1");
        assertThat(myPage(one, cookie)).as("node 1's own session").isEqualTo(200);
        assertThat(myPage(two, cookie)).as("node 2 knows node 1's session").isEqualTo(200);
        assertThat(count("select count(*) from spring_session where principal_name = 'applicant1'")).isEqualTo(1);

        deploy(one);
        // the jobs wait (suspended) until every instance is started, then both nodes go for them at once
        suspendJobs(one, true);
        for (int i = 0; i < INSTANCES; i++) {
            startInstance(i % 2 == 0 ? one : two, i);
        }
        suspendJobs(two, false);
        awaitRows(JOBS / 10);
        long lockedByOne = count("select count(*) from act_ru_job where lock_owner_ = 'node1'");
        long doneWhenStopped = count("select count(*) from cluster_test.run");
        one.process().destroy(); // SIGTERM: a graceful stop, in the middle of the work
        assertThat(doneWhenStopped).as("node 1 stopped in the middle of the work").isLessThan(JOBS / 2);
        assertThat(one.process().waitFor(60, TimeUnit.SECONDS)).as("node 1 stopped").isTrue();

        awaitRows(JOBS);
        Thread.sleep(LOCK_TIME_MS + 2_000); // a job run twice (its lock expired while it ran) would show up by now
        Map<String, Long> runs = runsPerJob();
        assertThat(runs).as("every job ran").hasSize(JOBS);
        assertThat(runs.entrySet().stream().filter(e -> e.getValue() != 1).map(Map.Entry::getKey).toList())
                .as("no job ran twice").isEmpty();
        assertThat(count("select count(*) from act_ru_job j join act_re_procdef d on d.id_ = j.process_def_id_"
                + " where d.key_ = 'ClusterTestProcess'")).as("no job left").isZero();
        assertThat(count("select count(*) from act_hi_procinst where proc_def_key_ = 'ClusterTestProcess'"
                + " and end_time_ is not null")).isEqualTo(INSTANCES);
        Map<String, Long> byNode = jobsByNode();
        assertThat(byNode).as("both nodes ran jobs (runs by node): " + byNode).containsKeys("node1", "node2");
        assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(JOBS);

        assertThat(myPage(two, cookie)).as("the session outlives node 1").isEqualTo(200);
        System.out.printf("TwoNodesTest: %d jobs, node 1 held %d locks and had %d done when stopped; runs by node %s%n",
                JOBS, lockedByOne, doneWhenStopped, byNode);
    }

    // --- the nodes

    Node start(String id) throws Exception {
        int port = freePort();
        Path log = work.resolve(id + ".log");
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(javaBin.toString(), "-Xmx640m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", appClassPath(), "jp.kyodoflow.KyodoFlowApplication")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("KYODO_") || k.startsWith("CAMUNDA_"));
        env.put("SPRING_PROFILES_ACTIVE", "demo");
        // the node's name on its connections, so that a job's row says which node ran it
        env.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?ApplicationName=" + id);
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_DATASOURCE_PASSWORD", "postgres");
        env.put("PORT", String.valueOf(port));
        env.put("KYODO_NODE_ID", id);
        env.put("KYODO_JOB_LOCK_TIME_MS", String.valueOf(LOCK_TIME_MS));
        env.put("KYODO_JOB_MAX_WAIT_MS", "500");
        env.put("CAMUNDA_BPM_JOBEXECUTION_WAITTIMEINMILLIS", "100");
        env.put("CAMUNDA_BPM_JOBEXECUTION_MAXJOBSPERACQUISITION", "5");
        env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        env.put("LOGGING_LEVEL_ROOT", "WARN");
        env.put("LOGGING_LEVEL_JP_KYODOFLOW", "INFO");
        Node node = new Node(id, port, builder.start(), log);
        nodes.add(node);
        return node;
    }

    void awaitReady(Node node) throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!node.process().isAlive()) {
                throw new AssertionError(node.id() + " exited with " + node.process().exitValue() + ":\n" + log(node));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(node.uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError(node.id() + " not ready within " + START_TIMEOUT + ":\n" + log(node));
    }

    // --- the work: a process with two async steps, each writing one row in the job's own transaction

    static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_ClusterTest"
                targetNamespace="http://kyodoflow.jp/test">
              <bpmn:process id="ClusterTestProcess" name="クラスタの試験" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="StartEvent_Started" />
                <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Started" targetRef="Task_First" />
                <bpmn:serviceTask id="Task_First" camunda:asyncBefore="true" camunda:expression="${jdbcTemplate.update(first)}" />
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_First" targetRef="Task_Second" />
                <bpmn:serviceTask id="Task_Second" camunda:asyncBefore="true" camunda:expression="${jdbcTemplate.update(second)}" />
                <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Second" targetRef="EndEvent_Done" />
                <bpmn:endEvent id="EndEvent_Done" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    void deploy(Node node) throws Exception {
        String boundary = "----kyodo" + System.nanoTime();
        String body = part(boundary, "deployment-name", null, "cluster-test")
                + part(boundary, "deployment-source", null, "cluster-test")
                + part(boundary, "data", "ClusterTestProcess.bpmn", MODEL) + "--" + boundary + "--\r\n";
        HttpResponse<String> response = http.send(basic(node, "/engine-rest/deployment/create", "admin")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    void suspendJobs(Node node, boolean suspended) throws Exception {
        String body = JSON.writeValueAsString(Map.of("processDefinitionKey", "ClusterTestProcess", "suspended", suspended,
                "includeJobs", true));
        HttpResponse<String> response = http.send(basic(node, "/engine-rest/job-definition/suspended", "admin")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    void startInstance(Node node, int i) throws Exception {
        Map<String, Object> variables = Map.of(
                "first", Map.of("value", insert(i + "-1"), "type", "String"),
                "second", Map.of("value", insert(i + "-2"), "type", "String"));
        HttpResponse<String> response = http.send(basic(node, "/engine-rest/process-definition/key/ClusterTestProcess/start",
                "admin").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("variables", variables)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** One row per run of a job; the short sleep keeps jobs in flight while node 1 stops. */
    static String insert(String job) {
        return "insert into cluster_test.run (job) select '" + job + "' from pg_sleep(0.25)";
    }

    void awaitRows(int rows) throws Exception {
        Instant deadline = Instant.now().plus(WORK_TIMEOUT);
        while (count("select count(*) from cluster_test.run") < rows) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + count("select count(*) from cluster_test.run") + " of " + rows
                        + " job runs within " + WORK_TIMEOUT + "; jobs: " + jobStates() + "\n" + log(nodes.get(1)));
            }
            Thread.sleep(200);
        }
    }

    Map<String, Long> runsPerJob() throws SQLException {
        return group("select job, count(*) from cluster_test.run group by job");
    }

    Map<String, Long> jobsByNode() throws SQLException {
        // the engine's job log is written at history level full only (the app runs at audit): the rows say the node
        return group("select node, count(*) from cluster_test.run group by node");
    }

    String jobStates() throws SQLException {
        return group("select coalesce(lock_owner_, '-') || ' retries ' || retries_, count(*) from act_ru_job"
                + " group by 1").toString();
    }

    // --- the portal session

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    String portalLogin(Node node, String user) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(node.uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(page).orElseThrow(() -> new AssertionError("no session cookie: " + page.headers()));
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + enc(user) + "&password=demo&_csrf=" + enc(token.group(1));
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(node.uri("/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/mypage");
        // the session id changes at login (session fixation protection)
        return sessionCookie(login).orElse(cookie);
    }

    /** マイページ of applicant1's group: /mypage sends a group's member on to the group's page; no session, to /login. */
    int myPage(Node node, String cookie) throws Exception {
        HttpResponse<Void> mypage = http.send(HttpRequest.newBuilder(node.uri("/mypage")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.discarding());
        String location = mypage.headers().firstValue("Location").orElse("");
        if (mypage.statusCode() != 302 || !location.contains("/mypage/")) {
            return mypage.statusCode();
        }
        return http.send(HttpRequest.newBuilder(URI.create(location)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static java.util.Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }

    // --- helpers

    HttpRequest.Builder basic(Node node, String path, String user) {
        return HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(30)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    static String part(String boundary, String name, String filename, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream")
                + "\r\n\r\n" + content + "\r\n";
    }

    void sql(String statements) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(statements);
        }
    }

    long count(String query) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Map<String, Long> group(String query) throws SQLException {
        Map<String, Long> result = new TreeMap<>();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getLong(2));
            }
        }
        return result;
    }

    String log(Node node) {
        try {
            List<String> lines = Files.readAllLines(node.log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The app as it ships: the test JVM's class path without the test classes (their beans are test fixtures). */
    static String appClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
