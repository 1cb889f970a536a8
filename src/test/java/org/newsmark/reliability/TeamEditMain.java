package org.newsmark.reliability;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.domain.Document;
import org.newsmark.domain.ServerAddress;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;

/** The child of {@link TeamKillTest}: tags as its login until killed, printing "ACK id" once each tag is committed. */
public final class TeamEditMain {

    private TeamEditMain() {
    }

    public static void main(String[] args) throws Exception {
        ServerAddress address = ServerAddress.parse(args[0]);
        long doc = Long.parseLong(args[1]);
        FileOutputStream log = new FileOutputStream(args[2], true);
        try (ProjectSession s = Wiring.projects().openServer(address, null)) {
            Document d = s.documents().find(doc).orElseThrow();
            var me = s.analyst(s.loginAnalyst().orElseThrow());
            log.write("READY\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 100_000; i++) {
                int begin = i % 2000;
                long id = s.annotations().tag(d, me, s.labels().get(i / 2000 % s.labels().size()), new Span(begin, begin + 1)).id();
                log.write(("ACK " + id + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
