package org.deputyflow.shared.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The database's log as a reader of MySQL's binary log would see it: the writes of each committed
 * transaction, with their parameters, in commit order; rolled-back work leaves nothing. Wraps the
 * application's DataSource in every full-context test and records nothing until a test calls
 * {@link #record()}: outside a recording the application gets the pool's own connections.
 * {@link #outage(boolean)} makes the database unreachable: every new connection fails as the pool does
 * when its connection timeout runs out.
 */
public class RecordingDataSource extends DelegatingDataSource implements AutoCloseable {

    private static final AtomicReference<List<Transaction>> LOG = new AtomicReference<>();
    private static final AtomicBoolean DOWN = new AtomicBoolean();

    public RecordingDataSource(DataSource target) {
        super(target);
    }

    /** Starts recording the transactions that commit from now on, on every thread. */
    public static Recording record() {
        List<Transaction> log = Collections.synchronizedList(new ArrayList<>());
        if (!LOG.compareAndSet(null, log)) {
            throw new IllegalStateException("a recording is already running");
        }
        return new Recording(log);
    }

    public static final class Recording {

        private final List<Transaction> log;

        private Recording(List<Transaction> log) {
            this.log = log;
        }

        /** Ends the recording: the transactions committed since it started, in commit order. */
        public List<Transaction> stop() {
            LOG.compareAndSet(log, null);
            synchronized (log) {
                return List.copyOf(log);
            }
        }
    }

    /** The row writes of one committed transaction, in the order they ran. */
    public record Transaction(List<Write> writes) {

        public List<Write> writesTo(String table) {
            return writes.stream().filter(write -> table.equals(write.table())).toList();
        }

        public boolean writes(String table) {
            return !writesTo(table).isEmpty();
        }
    }

    /** One INSERT, UPDATE, DELETE or MERGE as it reached the database, with its parameters in order. */
    public record Write(String sql, List<Object> parameters) {

        private static final Pattern TARGET = Pattern.compile(
                "^(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO|REPLACE\\s+INTO)\\s+([`\"\\w.]+)",
                Pattern.CASE_INSENSITIVE);

        /** The table written, lower case and without schema or quotes. */
        public String table() {
            Matcher matcher = TARGET.matcher(sql);
            if (!matcher.find()) {
                return "";
            }
            String name = matcher.group(1).replace("`", "").replace("\"", "");
            return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        }

        static Optional<Write> of(String sql, Map<Integer, Object> parameters) {
            if (sql == null) {
                return Optional.empty();
            }
            String text = sql.strip().replaceAll("\\s+", " ");
            if (!TARGET.matcher(text).find()) {
                return Optional.empty();
            }
            return Optional.of(new Write(text, Collections.unmodifiableList(new ArrayList<>(parameters.values()))));
        }
    }

    /** While down, no connection can be had; tests that take it down bring it up again. */
    public static void outage(boolean down) {
        DOWN.set(down);
    }

    @Override
    public Connection getConnection() throws SQLException {
        unreachable();
        return recording(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        unreachable();
        return recording(super.getConnection(username, password));
    }

    private static void unreachable() throws SQLTransientConnectionException {
        if (DOWN.get()) {
            throw new SQLTransientConnectionException("test pool - Connection is not available, request timed out");
        }
    }

    /** Lets the container close the pool as it would without the wrapper. */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private static Connection recording(Connection connection) throws SQLException {
        if (LOG.get() == null) {
            return connection;
        }
        return proxy(Connection.class, new ConnectionHandler(connection));
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(
                Proxy.newProxyInstance(RecordingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Keeps the writes of the open transaction until it commits; a rollback or a close drops them. */
    private static final class ConnectionHandler implements InvocationHandler {

        private final Connection target;
        private final List<Write> pending = new ArrayList<>();
        private boolean autoCommit;

        ConnectionHandler(Connection target) throws SQLException {
            this.target = target;
            this.autoCommit = target.getAutoCommit();
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "prepareStatement", "prepareCall", "createStatement" -> {
                    Object statement = call(target, method, args);
                    String sql = method.getName().equals("createStatement") ? null : (String) args[0];
                    return proxy(method.getReturnType(), new StatementHandler(this, (Statement) statement, sql));
                }
                case "commit" -> {
                    call(target, method, args);
                    committed();
                    return null;
                }
                case "rollback" -> {
                    call(target, method, args);
                    if (args == null || args.length == 0) {
                        pending.clear();
                    }
                    return null;
                }
                case "setAutoCommit" -> {
                    call(target, method, args);
                    boolean on = (Boolean) args[0];
                    if (on && !autoCommit) {
                        committed();
                    }
                    autoCommit = on;
                    return null;
                }
                case "close" -> {
                    pending.clear();
                    return call(target, method, args);
                }
                default -> {
                    return call(target, method, args);
                }
            }
        }

        void wrote(Write write) {
            pending.add(write);
            if (autoCommit) {
                committed();
            }
        }

        private void committed() {
            List<Transaction> log = LOG.get();
            if (log != null && !pending.isEmpty()) {
                log.add(new Transaction(List.copyOf(pending)));
            }
            pending.clear();
        }
    }

    private static final class StatementHandler implements InvocationHandler {

        private final ConnectionHandler connection;
        private final Statement target;
        private final String sql;
        private final Map<Integer, Object> parameters = new TreeMap<>();
        private final List<Write> batch = new ArrayList<>();

        StatementHandler(ConnectionHandler connection, Statement target, String sql) {
            this.connection = connection;
            this.target = target;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (target instanceof PreparedStatement
                    && name.startsWith("set")
                    && args != null
                    && args.length >= 2
                    && args[0] instanceof Integer index) {
                parameters.put(index, name.equals("setNull") ? null : args[1]);
                return call(target, method, args);
            }
            switch (name) {
                case "clearParameters" -> parameters.clear();
                case "addBatch" ->
                    Write.of(args == null ? sql : (String) args[0], args == null ? parameters : Map.of())
                            .ifPresent(batch::add);
                case "clearBatch" -> batch.clear();
                default -> {
                    // not a call that changes what is recorded
                }
            }
            Object result = call(target, method, args);
            switch (name) {
                case "executeBatch", "executeLargeBatch" -> {
                    batch.forEach(connection::wrote);
                    batch.clear();
                }
                case "execute", "executeUpdate", "executeLargeUpdate" -> {
                    boolean direct = args != null && args.length > 0 && args[0] instanceof String;
                    Write.of(direct ? (String) args[0] : sql, direct ? Map.of() : parameters)
                            .ifPresent(connection::wrote);
                }
                default -> {
                    // reads and settings leave no row behind
                }
            }
            return result;
        }
    }
}
