package jp.kyodoflow.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends to PostgreSQL, the engine's (those that name a
 * Camunda table, {@code ACT_…}, other than the identity tables {@code ACT_ID_…} that our login reads)
 * apart from our own, so that a test can hold the number of statements
 * of a page or an action constant: an N+1 that comes back fails it. Every DataSource bean is wrapped;
 * a statement of a JDBC batch counts once per row, as {@code pg_stat_statements} counts them.
 *
 * <p>Counting is global, not per thread (an HTTP request runs on the server's thread): a test opens a
 * window with {@link #count}, and the shared context runs one test at a time.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements {

    /** What one window saw. */
    public record Counted(List<String> ours, List<String> engine) {
        public int own() {
            return ours.size();
        }

        public int engineCount() {
            return engine.size();
        }

        public int total() {
            return ours.size() + engine.size();
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("ours " + ours.size() + ", engine " + engine.size());
            ours.forEach(q -> s.append("\n  ours:   ").append(shorten(q)));
            engine.forEach(q -> s.append("\n  engine: ").append(shorten(q)));
            return s.toString();
        }

        private static String shorten(String sql) {
            String one = sql.replaceAll("\\s+", " ").trim();
            return one.length() > 160 ? one.substring(0, 160) + "…" : one;
        }
    }

    private static final java.util.regex.Pattern ENGINE_TABLE = java.util.regex.Pattern.compile(
            "(?i)(?<![A-Za-z0-9_])ACT_(?!ID_)[A-Z]{2}_");
    private static final AtomicBoolean OPEN = new AtomicBoolean();
    private static final AtomicBoolean TIMING = new AtomicBoolean();
    private static final java.util.concurrent.ConcurrentHashMap<String, long[]> TIMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Time spent in one statement text while {@link #timed} ran: executions and nanoseconds in the driver's call. */
    public record Timing(String sql, long executions, long nanos, boolean engine) {
    }

    /**
     * Runs {@code work} and returns, per statement text, how often it ran and how long the JDBC calls took (the
     * round trip to PostgreSQL and its work), longest first: where the wall time of a benchmark goes.
     */
    public static List<Timing> timed(Runnable work) {
        TIMES.clear();
        TIMING.set(true);
        try {
            work.run();
        } finally {
            TIMING.set(false);
        }
        List<Timing> all = new ArrayList<>();
        TIMES.forEach((sql, t) -> all.add(new Timing(sql, t[0], t[1], isEngine(sql))));
        TIMES.clear();
        all.sort(java.util.Comparator.comparingLong(Timing::nanos).reversed());
        return all;
    }
    private static final ConcurrentLinkedQueue<String> SEEN = new ConcurrentLinkedQueue<>();

    /** Runs {@code work} and returns its result with the statements sent while it ran. */
    public static <T> Counting<T> count(Supplier<T> work) {
        SEEN.clear();
        OPEN.set(true);
        T result;
        try {
            result = work.get();
        } finally {
            OPEN.set(false);
        }
        List<String> ours = new ArrayList<>();
        List<String> engine = new ArrayList<>();
        for (String sql : SEEN) {
            (isEngine(sql) ? engine : ours).add(sql);
        }
        SEEN.clear();
        return new Counting<>(result, new Counted(List.copyOf(ours), List.copyOf(engine)));
    }

    public static Counted count(Runnable work) {
        return count(() -> {
            work.run();
            return null;
        }).statements();
    }

    public record Counting<T>(T result, Counted statements) {
    }

    /** The engine's: names a Camunda table other than the identity tables (a login is our doing). */
    static boolean isEngine(String sql) {
        // a table name, not a column such as contact_email: ACT_ at the start of a word
        return ENGINE_TABLE.matcher(sql).find();
    }

    static void seen(String sql) {
        if (OPEN.get()) {
            SEEN.add(sql == null ? "" : sql);
        }
    }

    @Bean
    static BeanPostProcessor sqlStatementsCounter() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass()) ? wrap(ds) : bean;
            }
        };
    }

    /** A DataSource whose connections report the statements they execute. */
    public static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(),
                interfacesOf(target, DataSource.class), (proxy, method, args) -> {
                    long t = System.nanoTime();
                    Object result = invoke(target, method, args);
                    if (TIMING.get() && result instanceof Connection) {
                        long[] sum = TIMES.computeIfAbsent("(getConnection)", k -> new long[2]);
                        synchronized (sum) {
                            sum[0]++;
                            sum[1] += System.nanoTime() - t;
                        }
                    }
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                        return invoke(target, method, args);
                    }
                    if (TIMING.get() && (method.getName().equals("commit") || method.getName().equals("rollback"))) {
                        long t = System.nanoTime();
                        try {
                            return invoke(target, method, args);
                        } finally {
                            long[] sum = TIMES.computeIfAbsent("(" + method.getName() + ")", k -> new long[2]);
                            synchronized (sum) {
                                sum[0]++;
                                sum[1] += System.nanoTime() - t;
                            }
                        }
                    }
                    Object result = invoke(target, method, args);
                    if (result instanceof PreparedStatement ps && method.getName().startsWith("prepare")) {
                        return statement(ps, (String) args[0], PreparedStatement.class);
                    }
                    if (result instanceof Statement st && method.getName().equals("createStatement")) {
                        return statement(st, null, Statement.class);
                    }
                    return result;
                });
    }

    private static <S extends Statement> S statement(S target, String preparedSql, Class<S> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            String sql = args != null && args.length >= 1 && args[0] instanceof String given ? given : preparedSql;
            switch (name) {
                case "addBatch" -> seen(sql);
                case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> seen(sql);
                default -> {
                }
            }
            if (!TIMING.get() || !(name.startsWith("execute"))) {
                return invoke(target, method, args);
            }
            long t = System.nanoTime();
            try {
                return invoke(target, method, args);
            } finally {
                long[] sum = TIMES.computeIfAbsent(sql == null ? "(batch)" : sql.replaceAll("\\s+", " ").trim(),
                        k -> new long[2]);
                synchronized (sum) {
                    sum[0]++;
                    sum[1] += System.nanoTime() - t;
                }
            }
        };
        Class<?>[] interfaces = type == PreparedStatement.class && target instanceof java.sql.CallableStatement
                ? new Class<?>[] {java.sql.CallableStatement.class} : new Class<?>[] {type};
        return type.cast(Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), interfaces, handler));
    }

    private static Class<?>[] interfacesOf(Object target, Class<?> must) {
        List<Class<?>> all = new ArrayList<>(List.of(must));
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (!all.contains(i) && java.lang.reflect.Modifier.isPublic(i.getModifiers())) {
                    all.add(i);
                }
            }
        }
        return all.toArray(Class<?>[]::new);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
