package org.newsmark.io.article;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.newsmark.io.ImportException;

/**
 * Runs one parse on its own thread under a watchdog. The parse checks its {@link ReadBudget} from
 * inside (and normally stops itself at the deadline); if it has not returned shortly after the
 * deadline, the caller gets the refusal anyway and the budget is marked abandoned, so the parse's
 * next check ends it. Errors the parse cannot survive become refusals too: running out of memory
 * (a backstop: the budgets are meant to stop a file long before) and a too-deep recursion.
 */
final class BoundedRead {

    /** One parse, given its budget to check. */
    interface Work<T> {
        T run(ReadBudget budget) throws ImportException;
    }

    static final String THREAD_NAME = "newsmark-article-reader";
    /** How long after the deadline the caller waits for the parse to stop itself. */
    private static final long GRACE_MILLIS = 1_000;

    private BoundedRead() {
    }

    static <T> T run(String fileName, Work<T> work) throws ImportException {
        ReadBudget budget = ReadBudget.start();
        FutureTask<T> task = new FutureTask<>(() -> work.run(budget));
        Thread worker = new Thread(task, THREAD_NAME);
        worker.setDaemon(true); // never keeps the application from exiting
        worker.start();
        try {
            return task.get(budget.millis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            budget.abandon();
            worker.interrupt();
            throw new ImportException(fileName, budget.timeProblem());
        } catch (InterruptedException e) {
            budget.abandon();
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new ImportException(fileName, "reading was interrupted");
        } catch (ExecutionException e) {
            throw refusal(fileName, e.getCause(), budget);
        }
    }

    private static ImportException refusal(String fileName, Throwable cause, ReadBudget budget) {
        Optional<ReadBudget.Exceeded> exceeded = ReadBudget.in(cause).or(budget::exceeded);
        if (exceeded.isPresent()) {
            return new ImportException(fileName, exceeded.get().problem());
        }
        if (cause instanceof ImportException e) {
            return e;
        }
        if (cause instanceof OutOfMemoryError) {
            return new ImportException(fileName, "needs more memory to read than is available; refused "
                    + "(the file may be crafted to exhaust memory)");
        }
        if (cause instanceof StackOverflowError) {
            return new ImportException(fileName, "is nested too deeply to read; refused (the file is damaged or crafted)");
        }
        if (cause instanceof Error error) {
            throw error;
        }
        String m = cause.getMessage();
        return new ImportException(fileName, "could not be read (" + cause.getClass().getSimpleName()
                + (m == null ? "" : ": " + m.lines().findFirst().orElse("")) + ")", cause);
    }
}
