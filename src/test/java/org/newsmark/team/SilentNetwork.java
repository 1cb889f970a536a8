package org.newsmark.team;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay to the test server that can go silent: while frozen it keeps every connection open
 * and swallows what passes, as a dropped Wi-Fi or a dead router does (no reset, no error: nothing).
 */
final class SilentNetwork implements AutoCloseable {

    private final ServerSocket listening;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean frozen;

    SilentNetwork(int targetPort) throws IOException {
        this.target = targetPort;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "silent-network");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listening.getLocalPort();
    }

    void freeze() {
        frozen = true;
    }

    /** Carries bytes again, for connections made from now on (the old ones lost what was swallowed). */
    void thaw() {
        frozen = false;
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(server);
                pump(client.getInputStream(), server.getOutputStream());
                pump(server.getInputStream(), client.getOutputStream());
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(InputStream in, OutputStream out) {
        boolean bornFrozen = frozen;
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    if (!frozen && !bornFrozen) {
                        out.write(buf, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // the relay or a peer closed: the pump ends
            }
        }, "silent-network pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        listening.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
