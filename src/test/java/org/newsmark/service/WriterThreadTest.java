package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The export's writer thread writes every row in the order given, and its failure reaches the caller. */
@Timeout(60) // a hang is the failure these tests look for
class WriterThreadTest {

    @Test
    void writesEveryRowInOrderWhateverTheBatch() throws Exception {
        for (int batch : new int[] {1, 7, 256}) {
            List<Integer> written = new ArrayList<>();
            try (WriterThread<Integer> w = new WriterThread<>("test writer", written::add, batch)) {
                for (int i = 0; i < 10_000; i++) {
                    w.accept(i);
                }
                w.finish();
            }
            assertEquals(10_000, written.size());
            for (int i = 0; i < written.size(); i++) {
                assertEquals(i, written.get(i));
            }
        }
    }

    @Test
    void theWritersFailureStopsTheCallerWithItsCause() {
        IOException full = new IOException("No space left on device");
        AtomicInteger written = new AtomicInteger();
        WriterThread<Integer> w = new WriterThread<>("test writer", row -> {
            if (written.incrementAndGet() == 500) {
                throw full;
            }
        }, 16);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> {
            for (int i = 0; i < 1_000_000; i++) {
                w.accept(i); // the failure is met at a later hand-over; the caller never waits for room
            }
        });
        assertSame(full, e.getCause());
        w.close();
        assertEquals(500, written.get(), "nothing is written after the failure");
    }

    @Test
    void aFailureInTheLastRowsComesOutOfFinish() {
        IOException closed = new IOException("Broken pipe");
        WriterThread<Integer> w = new WriterThread<>("test writer", row -> {
            if (row == 9) {
                throw closed;
            }
        }, 256);
        for (int i = 0; i < 10; i++) {
            w.accept(i);
        }
        assertSame(closed, assertThrows(IOException.class, w::finish));
        w.close();
    }

    @Test
    void closedWithoutFinishItDropsWhatIsLeftAndEnds() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger written = new AtomicInteger();
        WriterThread<Integer> w = new WriterThread<>("test writer", row -> {
            written.incrementAndGet();
            first.countDown();
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, 1);
        for (int i = 0; i < 3; i++) {
            w.accept(i); // the caller failed after these (a damaged row, a cancel)
        }
        first.await(); // row 0 is being written, rows 1 and 2 wait
        Thread closer = new Thread(w::close);
        closer.start();
        while (closer.getState() != Thread.State.WAITING && closer.isAlive()) {
            Thread.onSpinWait(); // until close() has said so and waits for the writer thread to end
        }
        go.countDown();
        closer.join();
        assertEquals(1, written.get(), "the rows after the one being written are dropped");
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("test writer") && t.isAlive()),
                "the writer thread has ended");
    }
}
