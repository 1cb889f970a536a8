package org.newsmark.io.article;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Optional;

/**
 * The time and memory budget of reading one file, checked from inside the parsers: PDFBox's
 * operator loop, the streams POI and jsoup read from, the inflaters. A check that fails throws
 * {@link Exceeded}, which unwinds the parser wherever it is. The time is also watched from outside
 * ({@link BoundedRead}), and a read the watchdog gave up on fails its next check, so an abandoned
 * reader thread stops instead of burning CPU.
 */
final class ReadBudget {

    /**
     * A budget was exceeded. Unchecked, so that it passes through the libraries' own IOException
     * handling (PDFBox logs and skips an IOException from a form, POI re-wraps them as "damaged").
     */
    static final class Exceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Exceeded(String problem) {
            super(problem, null, false, false); // no stack trace: it is a verdict, not a bug
        }

        String problem() {
            return getMessage();
        }
    }

    private final long millis;
    private final long deadline;
    private volatile boolean abandoned;
    private volatile Exceeded exceeded;
    private long inflated;
    private int ticks;

    ReadBudget(long millis) {
        this.millis = millis;
        this.deadline = System.nanoTime() + millis * 1_000_000;
    }

    static ReadBudget start() {
        return new ReadBudget(ArticleLimits.maxReadMillis());
    }

    long millis() {
        return millis;
    }

    /** Throws when the time is up or the watchdog has given up on this read. Cheap; call it often. */
    void check() {
        if (abandoned || System.nanoTime() - deadline > 0) {
            throw exceed(timeProblem());
        }
    }

    /** {@link #check()} on every 1,024th call, for paths taken once per byte. */
    void tick() {
        if ((++ticks & 1023) == 0) {
            check();
        }
    }

    String timeProblem() {
        return "took longer than " + Math.max(1, millis / 1000) + " s to read; refused (the file may be crafted to never finish)";
    }

    /** Counts bytes inflated by a decompressor; past {@link ArticleLimits#MAX_INFLATED_BYTES} the read is refused. */
    void countInflated(long bytes, String problem) {
        inflated += bytes;
        if (inflated > ArticleLimits.MAX_INFLATED_BYTES) {
            throw exceed(problem);
        }
    }

    /** An {@link Exceeded} that is also remembered, in case a library swallows or re-wraps it. */
    Exceeded exceed(String problem) {
        Exceeded e = new Exceeded(problem);
        if (exceeded == null) {
            exceeded = e;
        }
        return e;
    }

    /** The first budget exceeded during this read, if any. */
    Optional<Exceeded> exceeded() {
        return Optional.ofNullable(exceeded);
    }

    /** Called by the watchdog: every later check throws. */
    void abandon() {
        abandoned = true;
    }

    /** A stream that checks this budget while a parser consumes it. */
    InputStream guard(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                tick();
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                check();
                return super.read(b, off, len);
            }
        };
    }

    /** A reader that checks this budget while a parser consumes it. */
    Reader guard(Reader in) {
        return new FilterReader(in) {
            @Override
            public int read() throws IOException {
                tick();
                return super.read();
            }

            @Override
            public int read(char[] b, int off, int len) throws IOException {
                check();
                return super.read(b, off, len);
            }
        };
    }

    /** The {@link Exceeded} in {@code t}'s causes or suppressed exceptions, if a library wrapped it. */
    static Optional<Exceeded> in(Throwable t) {
        for (int depth = 0; t != null && depth < 50; depth++, t = t.getCause()) {
            if (t instanceof Exceeded e) {
                return Optional.of(e);
            }
            for (Throwable s : t.getSuppressed()) {
                if (s instanceof Exceeded e) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }
}
