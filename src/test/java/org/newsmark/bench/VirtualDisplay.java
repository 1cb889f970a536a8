package org.newsmark.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * An Xvfb of the benchmark's own, for children that need a real X display (GTK glass). Xvfb picks
 * a free display number itself ({@code -displayfd}), so builds and other engineers' displays on
 * the same machine never collide.
 */
final class VirtualDisplay implements AutoCloseable {

    private final Process xvfb;
    private final String name;

    private VirtualDisplay(Process xvfb, String name) {
        this.xvfb = xvfb;
        this.name = name;
    }

    static boolean available() {
        return NewsmarkBenchmark.findOnPath("Xvfb") != null;
    }

    /** Starts Xvfb at 1400×900×24 and waits until it accepts clients (it writes its number then). */
    static VirtualDisplay start() throws Exception {
        // exec: the process is Xvfb itself, so close() stops it; fd 3 is where it writes its number
        Process p = new ProcessBuilder("sh", "-c",
                "exec Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>&1 1>/dev/null 2>/dev/null").start();
        BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
        String number = in.readLine();
        if (number == null || number.isBlank()) {
            p.destroyForcibly();
            throw new IllegalStateException("Xvfb did not start");
        }
        return new VirtualDisplay(p, ":" + number.trim());
    }

    /** The value for DISPLAY, e.g. ":12". */
    String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        xvfb.destroy();
        if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
            xvfb.destroyForcibly();
        }
    }
}
