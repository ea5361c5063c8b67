package jp.kyodoflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo database keeps its data between runs: same data directory, a second start sees the rows. */
class EmbeddedPostgresRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        EmbeddedPostgresConfig config = new EmbeddedPostgresConfig();
        var props = new EmbeddedPostgresConfig.EmbeddedDbProperties(dataDir.toString(), 0, false);
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
}
