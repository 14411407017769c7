package eu.os2.platform.core.internal.storage;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A small connection pool for one partner plugin, logged in as the plugin's own database account.
 * Connections are opened when needed, at most {@code maxConnections} at a time; a caller waits at
 * most {@code maxWaitMillis} for a free one and then gets an error. A connection given back is
 * rolled back if it was left inside a transaction and kept for the next caller. {@link #close()}
 * closes every connection, also those still lent out.
 */
final class PartnerPool implements DataSource, AutoCloseable {

    /** Opens a new physical connection as the plugin's account. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private final String owner;
    private final Opener opener;
    private final int maxConnections;
    private final long maxWaitMillis;
    private final Semaphore permits;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    PartnerPool(String owner, Opener opener, int maxConnections, long maxWaitMillis) {
        this.owner = owner;
        this.opener = opener;
        this.maxConnections = maxConnections;
        this.maxWaitMillis = maxWaitMillis;
        this.permits = new Semaphore(maxConnections, true);
    }

    /** @return the physical connections open now, lent out or idle */
    int openConnections() {
        return open.size();
    }

    /** @return the most connections this pool opens at a time */
    int maxConnections() {
        return maxConnections;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (closed) {
            throw new SQLException("the database connections of " + owner + " are closed");
        }
        try {
            if (!permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
                throw new SQLException("all " + maxConnections + " database connections of " + owner
                        + " are in use; waited " + maxWaitMillis + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection of " + owner, e);
        }
        try {
            return lend(physical());
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private Connection physical() throws SQLException {
        while (true) {
            Connection candidate;
            synchronized (idle) {
                candidate = idle.pollFirst();
            }
            if (candidate == null) {
                break;
            }
            if (candidate.isValid(2)) {
                return candidate;
            }
            discard(candidate);
        }
        Connection fresh = opener.open();
        open.add(fresh);
        if (closed) { // closed while this one was opening
            discard(fresh);
            throw new SQLException("the database connections of " + owner + " are closed");
        }
        return fresh;
    }

    private void giveBack(Connection physical) {
        try {
            if (closed || physical.isClosed()) {
                discard(physical);
                return;
            }
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            synchronized (idle) {
                idle.addFirst(physical);
            }
            if (closed) {
                discardIdle();
            }
        } catch (SQLException e) {
            discard(physical);
        } finally {
            permits.release();
        }
    }

    private void discard(Connection physical) {
        open.remove(physical);
        try {
            physical.close();
        } catch (SQLException e) {
            // gone already
        }
    }

    private void discardIdle() {
        synchronized (idle) {
            idle.forEach(this::discard);
            idle.clear();
        }
    }

    /** Closes every connection, idle or lent out; the pool opens none afterwards. */
    @Override
    public void close() {
        closed = true;
        discardIdle();
        for (Connection physical : open) {
            discard(physical);
        }
    }

    private Connection lend(Connection physical) {
        return (Connection) Proxy.newProxyInstance(
                PartnerPool.class.getClassLoader(), new Class<?>[] {Connection.class}, new Lent(physical));
    }

    /** A connection while a caller holds it: closing it gives it back to the pool. */
    private final class Lent implements InvocationHandler {
        private final Connection physical;
        private boolean returned;

        Lent(Connection physical) {
            this.physical = physical;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    synchronized (this) {
                        if (!returned) {
                            returned = true;
                            giveBack(physical);
                        }
                    }
                    return null;
                case "isClosed":
                    return returned || physical.isClosed();
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return owner + " connection " + (returned ? "(given back)" : physical.toString());
                default:
                    break;
            }
            if (returned) {
                throw new SQLException("connection given back to the pool of " + owner);
            }
            try {
                return method.invoke(physical, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("a plugin connects only as its own database account");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the driver's own timeout applies
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
