package org.newsmark.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Formats and writes an export's rows on a thread of its own while the calling thread reads the
 * next ones from the project: the database's scan and the formatting then take the machine's
 * two cores instead of one after the other (docs/performance.md, issue 18 point 3). Rows are
 * written in the order given, by one thread, so the bytes are those of writing them in line.
 * The project is read only by the caller, which keeps its connection to itself.
 *
 * @param <T> a row, complete: the writer thread must not need the project to write it
 */
final class WriterThread<T> implements AutoCloseable {

    /** What the writer thread does with one row. */
    interface RowWriter<T> {
        void write(T row) throws IOException;
    }

    private static final List<Object> END = List.of();

    /** Batches waiting: with the one being filled and the one being written, at most 6 batches are held. */
    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(4);
    private final RowWriter<T> writer;
    private final int batchSize;
    private final Thread thread;
    private List<Object> batch;
    private volatile Throwable failure;
    private volatile boolean abandoned;
    private boolean ended;

    /** @param batchSize rows handed over at once: many small rows, or one large one (a whole article) */
    WriterThread(String name, RowWriter<T> writer, int batchSize) {
        this.writer = writer;
        this.batchSize = batchSize;
        this.batch = new ArrayList<>(batchSize);
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands one row over; throws the writer's failure (a full disk, a closed pipe) as soon as it is known. */
    void accept(T row) {
        batch.add(row);
        if (batch.size() == batchSize) {
            handOver(batch);
            batch = new ArrayList<>(batchSize);
        }
    }

    /** Waits until every row handed over is written; throws what the writer met. */
    void finish() throws IOException {
        if (!batch.isEmpty()) {
            handOver(batch);
            batch = new ArrayList<>(0);
        }
        end();
        rethrow();
    }

    /** Stops the writer thread; rows not yet written are dropped unless {@link #finish()} came first. */
    @Override
    public void close() {
        abandoned = !ended;
        end();
    }

    private void end() {
        if (ended) {
            return;
        }
        ended = true;
        put(END);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void handOver(List<Object> rows) {
        uncheckedRethrow();
        put(rows);
    }

    private void put(List<Object> rows) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(rows);
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the writer thread keeps taking, so this wait ends
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private void run() {
        try {
            while (true) {
                List<Object> rows = queue.take();
                if (rows == END) {
                    return;
                }
                if (failure == null && !abandoned) {
                    for (Object row : rows) {
                        writer.write((T) row);
                    }
                }
            }
        } catch (Throwable t) {
            failure = t;
            drain();
        }
    }

    /** After a failure, takes what the caller still hands over until it ends, so it never waits for room. */
    private void drain() {
        try {
            while (queue.take() != END) {
                // dropped: the export has failed
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException io) {
            throw io;
        }
        uncheckedRethrow();
    }

    private void uncheckedRethrow() {
        Throwable t = failure;
        if (t == null) {
            return;
        }
        if (t instanceof IOException io) {
            throw new UncheckedIOException(io);
        }
        if (t instanceof UncheckedIOException u) {
            throw u;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }
}
