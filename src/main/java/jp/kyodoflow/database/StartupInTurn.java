package jp.kyodoflow.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 * The start-up work after the engine's tables exist (the starter's admin user, the start-up runners of the modules:
 * access setup, review configurations, the subsidy's rules version, the demo data) checks what the database holds
 * and creates what is missing. Two nodes starting at once on one database would both find it missing and create it
 * twice (or fail on a duplicate key). So one node at a time does it, holding a cluster lock: taken before the process
 * engine is built (waiting while another node does its own start-up work), let go after the last runner. A node that
 * fails or is killed on the way frees it with its connection.
 * <p>
 * Flyway runs before and is safe by itself (PostgreSQL's advisory lock; {@code spring.flyway.lock-retry-count}); the
 * models are deployed under the engine's own deployment lock (a row of ACT_GE_PROPERTY locked FOR UPDATE) with
 * duplicate filtering, so the second node finds the first node's deployment and deploys nothing.
 */
@Configuration(proxyBeanMethods = false)
class StartupInTurn {

    private static final Logger log = LoggerFactory.getLogger(StartupInTurn.class);
    static final String NAME = "startup-runners";

    /** The connection that holds the lock from the engine's build to the last runner. */
    static final class Holder extends AbstractProcessEnginePlugin implements DisposableBean {

        private final DataSource dataSource;
        private Connection connection;

        Holder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            try {
                take();
            } catch (SQLException e) {
                throw new IllegalStateException("Start-up lock could not be taken: " + e.getMessage(), e);
            }
        }

        synchronized void take() throws SQLException {
            if (connection != null) {
                return;
            }
            connection = dataSource.getConnection();
            long start = System.nanoTime();
            ClusterLock.await(connection, NAME);
            long waited = (System.nanoTime() - start) / 1_000_000;
            if (waited > 100) {
                log.info("Start-up waited {} ms for another node's start-up work", waited);
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
