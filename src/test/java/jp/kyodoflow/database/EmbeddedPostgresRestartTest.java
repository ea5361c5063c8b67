package jp.kyodoflow.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.kyodoflow.support.BesideTheSharedContext;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo database keeps its data between runs, durably, and is always our own server on our own
 * folder: an orphan of the folder is stopped and replaced, a foreign server on the port is refused.
 */
@BesideTheSharedContext
@Order(1)
class EmbeddedPostgresRestartTest {

    @TempDir
    Path dataDir;

    final EmbeddedPostgresConfig config = new EmbeddedPostgresConfig();

    EmbeddedPostgresConfig.EmbeddedDbProperties kept(int port) {
        return new EmbeddedPostgresConfig.EmbeddedDbProperties(dataDir.toString(), port, false);
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        var props = kept(0);
        try (EmbeddedPostgres first = config.embeddedPostgres(props)) {
            JdbcTemplate jdbc = new JdbcTemplate(first.getPostgresDatabase());
            jdbc.execute("create table kept (note text)");
            jdbc.update("insert into kept values ('協働')");
        }
        try (EmbeddedPostgres second = config.embeddedPostgres(props)) {
            assertThat(new JdbcTemplate(second.getPostgresDatabase()).queryForObject("select note from kept", String.class))
                    .isEqualTo("協働");
        }
    }

    @Test
    void aKeptFolderIsWrittenDurablyOnlyAThrowAwayOneRunsFast() throws Exception {
        try (EmbeddedPostgres pg = config.embeddedPostgres(kept(0))) {
            JdbcTemplate jdbc = new JdbcTemplate(pg.getPostgresDatabase());
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                assertThat(jdbc.queryForObject("show " + setting, String.class)).as(setting).isEqualTo("on");
            }
        }
        var throwAway = new EmbeddedPostgresConfig.EmbeddedDbProperties(dataDir.resolve("clean").toString(), 0, true);
        try (EmbeddedPostgres pg = config.embeddedPostgres(throwAway)) {
            assertThat(new JdbcTemplate(pg.getPostgresDatabase()).queryForObject("show fsync", String.class)).isEqualTo("off");
        }
    }

    @Test
    void aForeignServerOnThePortIsRefusedWithTheFolderAndThePortNamed(@TempDir Path otherDir) throws Exception {
        try (EmbeddedPostgres foreign = EmbeddedPostgres.builder().setDataDirectory(otherDir).setPort(freePort()).start()) {
            int port = foreign.getPort();
            assertThatThrownBy(() -> config.embeddedPostgres(kept(port)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(dataDir.toAbsolutePath().toString())
                    .hasMessageContaining("port " + port)
                    .hasMessageContaining("KYODO_DB_PORT");
            assertThat(dataDir.resolve(OwnDataDirectory.PID_FILE)).doesNotExist();

            // the check after connecting catches a server that took the port in between
            assertThatThrownBy(() -> new OwnDataDirectory(dataDir, port).verify(foreign.getPostgresDatabase()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(dataDir.toAbsolutePath().toString())
                    .hasMessageContaining(otherDir.toString());
        }
    }

    @Test
    void aSecondAppOnTheSameFolderIsRefusedWhileTheFirstRuns() throws Exception {
        try (EmbeddedPostgres first = config.embeddedPostgres(kept(0))) {
            assertThatThrownBy(() -> config.embeddedPostgres(kept(0)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(dataDir.toAbsolutePath().toString())
                    .hasMessageContaining("another running Kyodo Flow");
            assertThat(new JdbcTemplate(first.getPostgresDatabase()).queryForObject("select 1", Integer.class)).isEqualTo(1);
        }
    }

    @Test
    void anOrphanedServerOfOurFolderIsStoppedAndReplaced(@TempDir Path logs) throws Exception {
        int port = freePort();
        Path postgres;
        try (EmbeddedPostgres first = config.embeddedPostgres(kept(port))) {
            new JdbcTemplate(first.getPostgresDatabase()).execute("create table kept as select '協働' as note");
            postgres = Path.of(ProcessHandle.of(postmasterPid()).orElseThrow().info().command().orElseThrow());
        }
        // what a kill -9 of the app leaves behind: our folder served by a postmaster nobody owns
        List<String> start = new ArrayList<>(OwnDataDirectory.asPostgresUser());
        start.addAll(List.of(postgres.resolveSibling("pg_ctl").toString(), "-D", dataDir.toString(),
                "-o", "-p " + port, "-w", "start"));
        Process pgCtl = new ProcessBuilder(start).redirectErrorStream(true)
                .redirectOutput(logs.resolve("pg_ctl.log").toFile()).start();
        assertThat(pgCtl.waitFor(60, TimeUnit.SECONDS) && pgCtl.exitValue() == 0).as("orphan started").isTrue();
        long orphan = postmasterPid();
        try (EmbeddedPostgres second = config.embeddedPostgres(kept(port))) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).as("orphan stopped").isFalse();
            assertThat(postmasterPid()).isNotEqualTo(orphan);
            JdbcTemplate jdbc = new JdbcTemplate(second.getPostgresDatabase());
            assertThat(jdbc.queryForObject("select note from kept", String.class)).isEqualTo("協働");
            assertThat(jdbc.queryForObject("show fsync", String.class)).as("started by us, durable").isEqualTo("on");
        } finally {
            ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve(OwnDataDirectory.PID_FILE)).get(0).trim());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
