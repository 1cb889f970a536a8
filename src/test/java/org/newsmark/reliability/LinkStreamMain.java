package org.newsmark.reliability;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.service.AnnotationConflictException;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/**
 * The child process of {@link LinkCrashTest}: links statistics to claims, unlinks, deletes a linked
 * statistic and undoes that, through the services, until it is killed. "TRY …" before each edit,
 * "ACK …" only after the service returned (committed), "SKIP" when it was refused.
 */
public final class LinkStreamMain {

    private LinkStreamMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        FileOutputStream log = new FileOutputStream(args[2], true);
        ProjectSession session = TestProjects.open(file);
        var docId = session.documents().summaries(null).get(0).id();
        var ana = session.analyst("Ana");
        LinkType supports = session.annotations().linkTypes().stream().filter(t -> t.name().equals("supports")).findFirst().orElseThrow();
        print(log, "READY");
        for (int i = 0; i < 1_000_000; i++) {
            List<Annotation> tags = session.annotations().annotations(docId, ana.id());
            List<Annotation> stats = tags.stream().filter(a -> supports.fromLabels().contains(a.labelId())).toList();
            List<Annotation> claims = tags.stream().filter(a -> supports.toLabels().contains(a.labelId())).toList();
            List<Link> links = session.annotations().links(docId, ana.id());
            int kind = random.nextInt(10);
            try {
                if (kind < 6 || links.isEmpty()) {
                    Annotation f = stats.get(random.nextInt(stats.size()));
                    Annotation t = claims.get(random.nextInt(claims.size()));
                    print(log, "TRY link " + f.id() + " " + t.id());
                    session.annotations().link(f, t, supports);
                    print(log, "ACK link " + f.id() + " " + t.id());
                } else if (kind < 9) {
                    Link l = links.get(random.nextInt(links.size()));
                    print(log, "TRY unlink " + l.fromTagId() + " " + l.toTagId());
                    session.annotations().unlink(l);
                    print(log, "ACK unlink " + l.fromTagId() + " " + l.toTagId());
                } else {
                    // a linked statistic deleted and brought back by undo: its links with it
                    Link l = links.get(random.nextInt(links.size()));
                    Annotation f = tags.stream().filter(a -> a.id() == l.fromTagId()).findFirst().orElseThrow();
                    print(log, "TRY delete " + f.id());
                    session.annotations().delete(f);
                    print(log, "ACK delete " + f.id());
                    print(log, "TRY undo " + f.id());
                    session.annotations().undo(docId, ana.id());
                    print(log, "ACK undo " + f.id());
                }
            } catch (AnnotationConflictException refused) {
                print(log, "SKIP");
            }
        }
    }

    private static void print(FileOutputStream log, String line) throws java.io.IOException {
        log.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
