package jp.kyodoflow.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the embedded PostgreSQL we use serves our own data folder and nobody else's.
 * <ul>
 *   <li>{@link #claim()} before starting: an orphan postmaster of this very folder (left running by a
 *       {@code kill -9} of the app) is shut down cleanly; any other server on the port is refused;</li>
 *   <li>{@link #verify(DataSource)} after connecting: the server's {@code data_directory} must be ours.</li>
 * </ul>
 * Refusals are {@link IllegalStateException}s naming the folder, the port and the way out.
 */
final class OwnDataDirectory {

    private static final Logger log = LoggerFactory.getLogger(OwnDataDirectory.class);
    static final String PID_FILE = "postmaster.pid";
    /** The lock file zonky's EmbeddedPostgres holds while a JVM runs a server on the folder. */
    static final String JVM_LOCK_FILE = "epg-lock";
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Path dataDir;
    private final int port;

    OwnDataDirectory(Path dataDir, int port) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.port = port;
    }

    /** The postmaster that {@code postmaster.pid} names, while it runs and is a postgres of this folder. */
    record Postmaster(long pid, Path dataDir, ProcessHandle process) {
    }

    void claim() {
        orphan().ifPresent(this::stopOrphan);
        if (port > 0 && portAnswers(port)) {
            throw refusal("port " + port + " is already taken by another server");
        }
    }

    void verify(DataSource dataSource) {
        String served;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show data_directory")) {
            rs.next();
            served = rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read data_directory of the embedded PostgreSQL on port " + port, e);
        }
        if (!sameFolder(Path.of(served), dataDir)) {
            throw refusal("the server answering on port " + port + " serves the data folder " + served);
        }
    }

    /** Our postmaster still running without its app, if there is one. */
    Optional<Postmaster> orphan() {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pidFile, e);
        }
        if (lines.size() < 2 || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).trim());
        Path servedDir = Path.of(lines.get(1).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(cmd -> Path.of(cmd).getFileName().toString().equals("postgres"))
                        .orElse(false))
                .filter(p -> sameFolder(servedDir, dataDir))
                .map(p -> new Postmaster(pid, servedDir, p));
    }

    private void stopOrphan(Postmaster orphan) {
        if (heldByAnotherJvm()) {
            throw new IllegalStateException("Embedded PostgreSQL: the data folder " + dataDir
                    + " is in use by another running Kyodo Flow (postmaster pid " + orphan.pid() + "). Stop that app"
                    + " first, or give this one another folder with KYODO_DATA_DIR and a free port with KYODO_DB_PORT.");
        }
        log.warn("Embedded PostgreSQL (pid {}) of {} was left running without its app; shutting it down",
                orphan.pid(), dataDir);
        boolean asked = pgCtlStop(orphan);
        if (!asked) {
            orphan.process().destroy(); // SIGTERM: shut down once its (dead) clients are gone
        }
        try {
            orphan.process().onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Embedded PostgreSQL: the orphaned server (pid " + orphan.pid() + ") of "
                    + dataDir + " did not stop within " + STOP_WAIT.toSeconds() + " s; stop it by hand and restart", e);
        }
        log.info("Orphaned embedded PostgreSQL (pid {}) stopped by {}", orphan.pid(), asked ? "pg_ctl stop -m fast" : "SIGTERM");
    }

    /** {@code pg_ctl stop -m fast} with the binaries the orphan itself runs from. */
    private boolean pgCtlStop(Postmaster orphan) {
        Optional<Path> pgCtl = orphan.process().info().command().map(cmd -> Path.of(cmd).resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isEmpty()) {
            return false;
        }
        List<String> command = new ArrayList<>(asPostgresUser());
        command.addAll(List.of(pgCtl.get().toString(), "stop", "-D", dataDir.toString(), "-m", "fast",
                "-w", "-t", String.valueOf(STOP_WAIT.toSeconds())));
        try {
            Process stop = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return stop.waitFor(STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS) && stop.exitValue() == 0;
        } catch (IOException e) {
            log.warn("pg_ctl stop failed for {}: {}", dataDir, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * PostgreSQL's tools refuse to run as root; zonky then runs them in a user namespace
     * ({@code unshare -U}), and so do we.
     */
    static List<String> asPostgresUser() {
        return "root".equals(System.getProperty("user.name")) ? List.of("unshare", "-U") : List.of();
    }

    /** Whether a running JVM holds zonky's lock on the folder (another app on the same data). */
    private boolean heldByAnotherJvm() {
        Path lockFile = dataDir.resolve(JVM_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check the lock " + lockFile, e);
        }
    }

    static boolean portAnswers(int port) {
        try {
            for (InetAddress address : InetAddress.getAllByName("localhost")) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), 500);
                    return true;
                } catch (IOException refused) {
                    // nothing listens on this address
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static boolean sameFolder(Path a, Path b) {
        Path left = a.toAbsolutePath().normalize();
        Path right = b.toAbsolutePath().normalize();
        if (left.equals(right)) {
            return true;
        }
        try {
            return Files.isSameFile(left, right);
        } catch (IOException e) {
            return false;
        }
    }

    private IllegalStateException refusal(String what) {
        return new IllegalStateException("Embedded PostgreSQL for the data folder " + dataDir + " cannot use port "
                + port + ": " + what + ". Stop the other server, or set KYODO_DB_PORT to a free port"
                + " (keep KYODO_DATA_DIR=" + dataDir + " to keep these data).");
    }
}
