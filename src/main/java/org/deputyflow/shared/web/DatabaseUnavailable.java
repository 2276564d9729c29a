package org.deputyflow.shared.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.deputyflow.shared.Text;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database cannot be reached: no connection within the pool's timeout, or the connection broke.
 * Whatever wraps it (Spring's data access exceptions, MyBatis, the engine, Spring Session), the caller
 * is told 503, "try again shortly", at once, and when the database is back the same request works again.
 * Nothing was changed, unless the connection broke during the commit itself: then the change may have been
 * made, which is why a client reads before it repeats a write that would otherwise happen twice.
 */
public final class DatabaseUnavailable {

    /** How long a client should wait before trying again, in seconds. */
    static final String RETRY_AFTER = "5";

    private DatabaseUnavailable() {}

    /** Whether the database's absence is what made this fail. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException
                    || "com.mysql.cj.jdbc.exceptions.CommunicationsException"
                            .equals(cause.getClass().getName())
                    || "com.mysql.cj.exceptions.CJCommunicationsException"
                            .equals(cause.getClass().getName())) {
                return true;
            }
            // SQL state class 08: a connection exception, whatever the driver or the pool calls it (the pool's
            // "Connection is closed" of a connection the server dropped is one)
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // a commit or rollback that failed in the driver: the transaction's connection broke (the pool closes a
            // connection the server dropped, and the rollback after a failed statement or commit then fails on it;
            // Spring keeps the first failure aside or only logs it)
            if (cause instanceof TransactionSystemException failed
                    && (failed.getCause() instanceof SQLException
                            || failed.getApplicationException() != null
                                    && causedBy(failed.getApplicationException()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** What the 503 says, in the reader's language. */
    static final Text TEXT = Text.of("service.unavailable");
}
