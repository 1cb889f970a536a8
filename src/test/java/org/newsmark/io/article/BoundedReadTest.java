package org.newsmark.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.newsmark.io.ImportException;

/** The watchdog around each parse: what the caller gets, whatever the parse does. */
class BoundedReadTest {

    /** A parse stuck where it never checks its budget: the caller is answered anyway, shortly after the deadline. */
    @Test
    void aParseThatNeverChecksIsAnsweredForAtTheDeadline() throws Throwable {
        AtomicBoolean release = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(1);
        try {
            ImportException e = Fixtures.withReadBudgetSeconds(1, () -> assertTimeoutPreemptively(Duration.ofSeconds(4),
                    () -> assertThrows(ImportException.class, () -> BoundedRead.run("stuck.pdf", budget -> {
                        try {
                            while (!release.get()) {
                                Thread.onSpinWait();
                            }
                            budget.check(); // the first check after being abandoned ends the parse
                            return "finished";
                        } finally {
                            ended.countDown();
                        }
                    }))));
            assertEquals("stuck.pdf: took longer than 1 s to read; refused (the file may be crafted to never finish)",
                    e.getMessage());
        } finally {
            release.set(true);
        }
        assertTrue(ended.await(2, TimeUnit.SECONDS), "the abandoned parse ends at its next check");
        assertTrue(Fixtures.readerThreadsAliveAfter(Fixtures.READER_STOP_MILLIS).isEmpty());
    }

    @Test
    void runningOutOfMemoryInTheParseIsARefusalNotAnError() {
        ImportException e = assertThrows(ImportException.class, () -> BoundedRead.run("huge.docx", budget -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        assertEquals("huge.docx: needs more memory to read than is available; refused (the file may be crafted to "
                + "exhaust memory)", e.getMessage());
    }

    @Test
    void aTooDeepRecursionInTheParseIsARefusalNotAnError() {
        ImportException e = assertThrows(ImportException.class, () -> BoundedRead.run("deep.pdf", budget -> {
            throw new StackOverflowError();
        }));
        assertEquals("deep.pdf: is nested too deeply to read; refused (the file is damaged or crafted)", e.getMessage());
    }

    /** A library that catches the budget's exception and reports something vaguer does not hide the reason. */
    @Test
    void anExceededBudgetIsReportedEvenWhenALibraryRewrapsIt() {
        ImportException e = assertThrows(ImportException.class, () -> BoundedRead.run("x.docx", budget -> {
            try {
                budget.countInflated(ArticleLimits.MAX_INFLATED_BYTES + 1, "refused: too much");
            } catch (RuntimeException swallowed) {
                throw new IllegalStateException("broken zip"); // the cause is lost
            }
            return null;
        }));
        assertEquals("x.docx: refused: too much", e.getMessage());
    }

    @Test
    void theParsesOwnRefusalAndResultPassThrough() throws ImportException {
        ImportException mine = new ImportException("a.txt", "is empty");
        assertSame(mine, assertThrows(ImportException.class, () -> BoundedRead.run("a.txt", budget -> {
            throw mine;
        })));
        assertEquals("text", BoundedRead.run("a.txt", budget -> "text"));
    }

    @Test
    void theBudgetPropertyTakesWholePositiveSecondsAndFallsBackOtherwise() throws Throwable {
        assertEquals(3_000, (long) Fixtures.withReadBudgetSeconds(3, ArticleLimits::maxReadMillis));
        String key = ArticleLimits.READ_SECONDS_PROPERTY;
        for (String bad : new String[] {"0", "-5", "soon", ""}) {
            System.setProperty(key, bad);
            try {
                assertEquals(ArticleLimits.MAX_READ_MILLIS, ArticleLimits.maxReadMillis(), bad);
            } finally {
                System.clearProperty(key);
            }
        }
    }
}
