package jp.kyodoflow.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Migration V001: creates Camunda's PostgreSQL schema by running the create scripts that ship
 * inside the camunda-engine jar of the version on the classpath, in the order the engine itself
 * uses. The scripts are read from the jar, not copied into this project.
 */
public class CamundaSchemaMigration implements JavaMigration {

    private static final String SCRIPT_DIR = "org/camunda/bpm/engine/db/create/";
    static final List<String> SCRIPTS = List.of(
            "activiti.postgres.create.engine.sql",
            "activiti.postgres.create.history.sql",
            "activiti.postgres.create.identity.sql",
            "activiti.postgres.create.case.engine.sql",
            "activiti.postgres.create.case.history.sql",
            "activiti.postgres.create.decision.engine.sql",
            "activiti.postgres.create.decision.history.sql");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("001");
    }

    @Override
    public String getDescription() {
        return "camunda engine schema 7.24";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String script : SCRIPTS) {
            try (InputStream in = new ClassPathResource(SCRIPT_DIR + script).getInputStream()) {
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Camunda create script missing: " + script, e);
            }
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        for (String script : SCRIPTS) {
            ScriptUtils.executeSqlScript(context.getConnection(), new ClassPathResource(SCRIPT_DIR + script));
        }
    }
}
