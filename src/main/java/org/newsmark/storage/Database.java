package org.newsmark.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.newsmark.service.port.ProjectStore;

/**
 * One JDBC connection to a project and the one way to use it: {@link #read} for queries,
 * {@link #inTransaction} for everything that writes. The repositories run the same SQL on every
 * backend through it; what differs between SQLite and PostgreSQL is in {@link #dialect()}.
 */
abstract class Database implements AutoCloseable {

    abstract Dialect dialect();

    abstract boolean isReadOnly();

    /** A query, or reads joining the caller's transaction or snapshot. */
    abstract <T> T read(SqlWork<T> work);

    /** A write of its own: a transaction, or a part of the caller's. */
    abstract <T> T write(SqlWork<T> work);

    /**
     * Runs {@code work} in one transaction; writes made from it on this thread join it. Any
     * exception rolls everything back; a commit the backend has not acknowledged is an exception.
     */
    abstract <T, E extends Exception> T inTransaction(CheckedWork<T, E> work) throws E;

    /** Runs {@code work} on one consistent snapshot (a read transaction); nested calls join. */
    abstract <T, E extends Exception> T inSnapshot(CheckedWork<T, E> work) throws E;

    @Override
    public abstract void close();

    /** A unit of JDBC work. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Work that may throw a checked exception of the caller's choosing, or SQL errors. */
    @FunctionalInterface
    interface CheckedWork<T, E extends Exception> {
        T run() throws E, SQLException;

        static <T, E extends Exception> CheckedWork<T, E> of(ProjectStore.Work<T, E> work) {
            return work::run;
        }
    }
}
