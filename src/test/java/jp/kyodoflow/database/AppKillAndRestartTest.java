package jp.kyodoflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import jp.kyodoflow.support.BesideTheSharedContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole application in a child JVM on a kept data folder: killed with SIGKILL (its PostgreSQL
 * survives as an orphan), then started again on the same folder and port. The restarted app runs
 * its own server on our data and every case goes on where it stood.
 */
@BesideTheSharedContext
@Order(3)
class AppKillAndRestartTest {

    /**
     * A bound for a hung start, not a speed requirement: this test runs beside the Spring-context tests,
     * on machines shared with other builds, where one start of the app has taken more than three minutes.
     * A start that fails exits, and is reported at once.
     */
    static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Process app;
    int httpPort;
    int dbPort;

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        postmaster().ifPresent(pg -> {
            pg.destroy();
            pg.onExit().orTimeout(15, TimeUnit.SECONDS).exceptionally(e -> {
                pg.destroyForcibly();
                return null;
            }).join();
        });
    }

    @Test
    void aKill9OfTheAppAndARestartOnTheSameDataFolderContinueEveryCase() throws Exception {
        httpPort = freePort();
        dbPort = freePort();
        start("first");

        var created = call("kosodate1", "POST", "/api/projects", Map.of("title", "放課後こども教室",
                "problem", "放課後の居場所が不足", "evidence", "待機児童数", "field", "KOSODATE"));
        assertThat(created.statusCode()).isEqualTo(201);
        Map<String, Object> project = JSON.readValue(created.body(), new TypeReference<>() { });
        Object id = project.get("id");
        String pi = (String) project.get("processInstanceId");
        assertThat(call("kosodate1", "GET", "/api/projects/" + id, null).statusCode()).isEqualTo(200);
        assertThat(openTask(pi)).isPresent();
        long groups = list("coord1", "/api/groups").size();

        ProcessHandle orphan = postmaster().orElseThrow();
        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(orphan.isAlive()).as("the app's PostgreSQL outlives a kill -9").isTrue();

        start("second");
        assertThat(orphan.isAlive()).as("the orphan was stopped, not reused").isFalse();
        assertThat(postmaster().orElseThrow().pid()).isNotEqualTo(orphan.pid());

        assertThat(call("kosodate1", "GET", "/api/projects/" + id, null).statusCode()).isEqualTo(200);
        assertThat(list("coord1", "/api/groups")).as("demo data neither lost nor created twice").hasSize((int) groups);
        String taskId = (String) openTask(pi).orElseThrow(() -> new AssertionError("task lost: " + log())).get("id");
        var completed = call("kosodate1", "POST", "/api/tasks/" + taskId + "/complete",
                Map.of("collaborationDecision", "NO", "considerationReason", "再起動後も続けられる"));
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
        Map<String, Object> detail = JSON.readValue(call("kosodate1", "GET", "/api/projects/" + id, null).body(),
                new TypeReference<>() { });
        assertThat(detail.get("project")).asString().contains("NOT_SUITABLE");
    }

    Optional<Map<String, Object>> openTask(String processInstanceId) throws Exception {
        return list("kosodate1", "/api/tasks?processInstanceId=" + processInstanceId).stream()
                .filter(t -> processInstanceId.equals(t.get("processInstanceId"))
                        && "Task_ConsiderCollaboration".equals(t.get("taskKey")))
                .findFirst();
    }

    /** The application as {@code java -cp ... KyodoFlowApplication} would run it, with the default job executor. */
    void start(String run) throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        // JVM flags for a quick start that leaves CPU to the tests running beside it (the serial collector:
        // about 15 % less CPU per start than G1); the app's behaviour is the same with any of them
        ProcessBuilder builder = new ProcessBuilder(javaBin.toString(), "-Xmx768m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", appClassPath(), "jp.kyodoflow.KyodoFlowApplication")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("app.log").toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("KYODO_"));
        env.put("SPRING_PROFILES_ACTIVE", "demo");
        env.put("KYODO_DATA_DIR", dataDir().toString());
        env.put("KYODO_DB_PORT", String.valueOf(dbPort));
        env.put("PORT", String.valueOf(httpPort));
        // readiness turns UP once the start-up runners (demo data) are done
        env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        Files.writeString(work.resolve("app.log"), "=== " + run + " start ===\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        app = builder.start();
        awaitReady(run);
    }

    void awaitReady(String run) throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new AssertionError("the " + run + " start exited with " + app.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the " + run + " start was not ready within " + START_TIMEOUT + ":\n" + log());
    }

    HttpResponse<String> call(String user, String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    List<Map<String, Object>> list(String user, String path) throws Exception {
        HttpResponse<String> response = call(user, "GET", path, null);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readValue(response.body(), new TypeReference<>() { });
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }

    Path dataDir() {
        return work.resolve("data").resolve("postgres");
    }

    /** The postmaster named in our folder's {@code postmaster.pid}, while it runs. */
    Optional<ProcessHandle> postmaster() {
        Path pidFile = dataDir().resolve(OwnDataDirectory.PID_FILE);
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException none) {
            return Optional.empty();
        }
    }

    String log() {
        try {
            List<String> lines = Files.readAllLines(work.resolve("app.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The app as it ships: the test JVM's class path without the test classes (their beans are test fixtures). */
    private static String appClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }
}
