package jp.kyodoflow.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The start-up runners of the modules (access setup, review configurations, the subsidy's rules version, the demo
 * data) each check what the database holds and create what is missing. Two nodes starting at once on one database
 * would both find it missing and create it twice. So the runners of one node run while it holds a cluster lock:
 * the first runner takes it (waiting while another node runs its own), the last one lets it go. A node that fails
 * or is killed on the way frees it with its connection.
 * <p>
 * What runs before the runners is safe by itself: Flyway takes PostgreSQL's advisory lock, and the engine deploys
 * the models under its deployment lock (a row of ACT_GE_PROPERTY locked FOR UPDATE) with duplicate filtering.
 */
@Configuration(proxyBeanMethods = false)
class StartupInTurn {

    private static final Logger log = LoggerFactory.getLogger(StartupInTurn.class);
    static final String NAME = "startup-runners";

    /** The connection that holds the lock from the first runner to the last. */
    static final class Holder implements DisposableBean {

        private final DataSource dataSource;
        private Connection connection;

        Holder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        synchronized void take() throws SQLException {
            connection = dataSource.getConnection();
            long start = System.nanoTime();
            ClusterLock.await(connection, NAME);
            long waited = (System.nanoTime() - start) / 1_000_000;
            if (waited > 100) {
                log.info("Start-up runners waited {} ms for another node's start-up", waited);
            }
        }

        synchronized void release() throws SQLException {
            if (connection == null) {
                return;
            }
            try (Connection c = connection) {
                ClusterLock.unlock(c, NAME);
            } finally {
                connection = null;
            }
        }

        @Override
        public void destroy() throws SQLException {
            release();
        }
    }

    @Bean
    Holder startupLockHolder(DataSource dataSource) {
        return new Holder(dataSource);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner startupLockTake(Holder holder) {
        return args -> holder.take();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner startupLockRelease(Holder holder) {
        return (ApplicationArguments args) -> holder.release();
    }
}
