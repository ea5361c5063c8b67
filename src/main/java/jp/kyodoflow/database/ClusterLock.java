package jp.kyodoflow.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Work that one node of the cluster does at a time (README "Running on several nodes"): a PostgreSQL
 * session-level advisory lock, held on a connection of its own for as long as the work runs. The work
 * itself uses its own connections and transactions as usual. A node that dies loses its connection, and
 * PostgreSQL frees the lock with it, so nothing stays locked after a {@code kill -9}.
 * <p>
 * Keys are a pair of ints: our namespace and the work's name's hash. Flyway's own advisory lock takes
 * a single bigint key, which PostgreSQL keeps apart from two-int keys.
 */
@Component
public class ClusterLock {

    private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);
    /** "KF": Kyodo Flow's namespace among advisory locks. */
    static final int NAMESPACE = 0x4B46;

    private final DataSource dataSource;

    ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs the work unless another node runs work of that name right now (then it is skipped: the other
     * node does it). @return whether it ran here.
     */
    public boolean runAlone(String name, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!lock(connection, "pg_try_advisory_lock", name)) {
                log.debug("{}: another node runs it now; skipped here", name);
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                unlock(connection, name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cluster lock " + name + " could not be taken: " + e.getMessage(), e);
        }
    }

    /** Takes the lock of that name, waiting for another node to release it, on the given connection (kept open by the caller). */
    static void await(Connection connection, String name) throws SQLException {
        lock(connection, "pg_advisory_lock", name);
    }

    static void unlock(Connection connection, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
            s.setInt(1, NAMESPACE);
            s.setInt(2, name.hashCode());
            s.execute();
        }
    }

    private static boolean lock(Connection connection, String function, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select " + function + "(?, ?)::text")) {
            s.setInt(1, NAMESPACE);
            s.setInt(2, name.hashCode());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                // pg_advisory_lock returns void (empty text), pg_try_advisory_lock true or false
                return !"false".equals(rs.getString(1));
            }
        }
    }
}
