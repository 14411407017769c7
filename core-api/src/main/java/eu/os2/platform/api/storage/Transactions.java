package eu.os2.platform.api.storage;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Savepoint;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One transaction around a whole change: the rows a bundle's stores write, the audit entry of the
 * change and anything else written through the platform's DataSource on the same thread commit
 * together or not at all.
 *
 * <p>{@link PlatformStorage#dataSource()} is {@linkplain #joining(DataSource) joining}: while
 * {@link #run(DataSource, Supplier)} runs on a thread, every connection that thread takes from it
 * is the transaction's connection. A store that runs its own transaction inside (auto-commit off,
 * commit, rollback, close) gets a savepoint instead, so its rollback undoes only its own work and
 * its commit waits for the outer one. Outside {@code run} the DataSource behaves as usual.
 *
 * <pre>{@code
 * Subscription created = Transactions.run(storage.dataSource(), () -> {
 *     long id = store.insertSubscription(subscription);
 *     Subscription stored = store.subscription(id).orElseThrow();
 *     audit.appendChange(actor.username(), "payments.subscription.create", "subscription", id, null, stored);
 *     return stored;
 * });
 * }</pre>
 *
 * @since 0.3.0
 */
public final class Transactions {

    private static final ThreadLocal<Map<DataSource, Bound>> BOUND = ThreadLocal.withInitial(IdentityHashMap::new);

    private Transactions() {}

    /**
     * @return a DataSource over the given one whose connections join the transaction that
     *     {@link #run(DataSource, Supplier)} runs on the calling thread, if any; the same object if it
     *     already is one
     */
    public static DataSource joining(DataSource dataSource) {
        return dataSource instanceof Joining ? dataSource : new Joining(dataSource);
    }

    /**
     * Runs the work in one transaction on the DataSource (joining one that already runs on this
     * thread): committed when the work returns, rolled back when it throws, the exception passed on.
     *
     * @return what the work returned
     * @throws StorageException when the database cannot begin or commit the transaction
     */
    public static <T> T run(DataSource dataSource, Supplier<T> work) {
        DataSource target = target(dataSource);
        Map<DataSource, Bound> bound = BOUND.get();
        if (bound.containsKey(target)) {
            return work.get();
        }
        try (Connection connection = target.getConnection()) {
            connection.setAutoCommit(false);
            Bound transaction = new Bound(connection);
            bound.put(target, transaction);
            T result;
            try {
                result = work.get();
                if (transaction.rollbackOnly) {
                    throw new StorageException("the transaction was rolled back by one of its parts", null);
                }
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                bound.remove(target);
            }
            try {
                connection.commit();
            } catch (SQLException e) {
                rollback(connection, e);
                throw e;
            }
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // committed: the pool resets the connection when it comes back
            }
            return result;
        } catch (SQLException e) {
            throw new StorageException("transaction failed: " + e.getMessage(), e);
        }
    }

    /** Runs the work in one transaction, as {@link #run(DataSource, Supplier)} does. */
    public static void run(DataSource dataSource, Runnable work) {
        run(dataSource, () -> {
            work.run();
            return null;
        });
    }

    /** @return whether a transaction of {@link #run(DataSource, Supplier)} on this DataSource runs on this thread */
    public static boolean active(DataSource dataSource) {
        return BOUND.get().containsKey(target(dataSource));
    }

    private static DataSource target(DataSource dataSource) {
        return dataSource instanceof Joining joining ? joining.target : dataSource;
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** The transaction running on a thread. */
    private static final class Bound {
        final Connection connection;
        boolean rollbackOnly;

        Bound(Connection connection) {
            this.connection = connection;
        }
    }

    /** The DataSource that hands out the running transaction's connection. */
    private static final class Joining implements DataSource {
        final DataSource target;

        Joining(DataSource target) {
            this.target = target;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Bound bound = BOUND.get().get(target);
            return bound == null ? target.getConnection() : Part.of(bound);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            Bound bound = BOUND.get().get(target);
            return bound == null ? target.getConnection(username, password) : Part.of(bound);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return target.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            target.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            target.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return target.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return target.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(target) ? type.cast(target) : target.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(target) || target.isWrapperFor(type);
        }
    }

    /**
     * A part of the running transaction, as a connection: its own transaction becomes a savepoint,
     * closing it gives nothing back (the transaction's owner does).
     */
    private static final class Part implements InvocationHandler {
        private final Bound bound;
        private Savepoint savepoint;
        private boolean closed;

        private Part(Bound bound) {
            this.bound = bound;
        }

        static Connection of(Bound bound) {
            return (Connection) Proxy.newProxyInstance(
                    Transactions.class.getClassLoader(), new Class<?>[] {Connection.class}, new Part(bound));
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Connection connection = bound.connection;
            switch (method.getName()) {
                case "setAutoCommit":
                    if (!(Boolean) args[0] && savepoint == null) {
                        savepoint = connection.setSavepoint();
                    } else if ((Boolean) args[0]) {
                        release();
                    }
                    return null;
                case "getAutoCommit":
                    return false;
                case "commit":
                    release();
                    return null;
                case "rollback":
                    if (args == null || args.length == 0) {
                        if (savepoint != null) {
                            connection.rollback(savepoint);
                            savepoint = null;
                        } else {
                            bound.rollbackOnly = true;
                        }
                        return null;
                    }
                    break;
                case "close":
                    if (!closed) {
                        closed = true;
                        release();
                    }
                    return null;
                case "isClosed":
                    return closed || connection.isClosed();
                case "unwrap":
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                    break;
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "part of " + connection;
                default:
                    break;
            }
            if (closed) {
                throw new SQLException("connection closed");
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void release() throws SQLException {
            if (savepoint != null) {
                Savepoint done = savepoint;
                savepoint = null;
                bound.connection.releaseSavepoint(done);
            }
        }
    }
}
