package org.newsmark.bench;

import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * Times a child that prints {@code READY} on a line of its standard output when its window
 * accepts a key ({@code app.StartProbe}, {@link MinimalWindow}): from {@code start()} to that line,
 * to a {@code COMPLETE} line if one follows (Newsmark's side tables joined the window), and to the
 * end of the process.
 */
final class ReadyLine {

    /** Nanoseconds to READY (-1 when it never came), to COMPLETE (-1: none), and to the process's end. */
    record Timing(long ready, long complete, long exit) {
    }

    private ReadyLine() {
    }

    static Timing time(ProcessBuilder pb, int exitSeconds) throws Exception {
        long t0 = System.nanoTime();
        Process p = pb.start();
        long ready = -1;
        long complete = -1;
        try (InputStream in = p.getInputStream()) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                if (c != '\n') {
                    line.append((char) c);
                    continue;
                }
                if (line.toString().equals("READY")) {
                    ready = System.nanoTime() - t0;
                } else if (line.toString().equals("COMPLETE")) {
                    complete = System.nanoTime() - t0;
                    break;
                }
                line.setLength(0);
            }
        }
        if (!p.waitFor(exitSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Timing(ready, complete, System.nanoTime() - t0);
    }
}
