package org.newsmark.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.service.AnnotationService;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/**
 * Child process of {@link ReadOnlyCommandsTest}: opens a {@link TaggedProject}, says {@code WRITER},
 * then keeps writing until killed: each transaction adds one tag of Ana's to article A and one of
 * Bo's to article B, so in every committed state Ana and Bo have equally many tags. Says
 * {@code ACK n} after the n-th commit.
 */
public final class WritingMain {

    private WritingMain() {
    }

    public static void main(String[] args) throws Exception {
        Path log = Path.of(args[1]);
        ProjectSession session = TestProjects.open(Path.of(args[0]));
        PausedImportMain.say(log, session.isReadOnly() ? "READ-ONLY" : "WRITER");
        Document a = ProjectFixture.documents(session).get(0);
        Document b = ProjectFixture.documents(session).get(1);
        Analyst ana = ProjectFixture.analysts(session).get(0);
        Analyst bo = ProjectFixture.analysts(session).get(1);
        Label label = session.labels().get(3);
        List<Span> onA = spans(a.text());
        List<Span> onB = spans(b.text());
        AnnotationService tags = session.annotations();
        for (int i = 0; i < Math.min(onA.size(), onB.size()); i++) {
            Span sa = onA.get(onA.size() - 1 - i);
            Span sb = onB.get(onB.size() - 1 - i);
            TestProjects.store(session).inTransaction(() -> {
                int added = tags.tagAll(a, ana, List.of(new AnnotationService.NewTag(label, sa)), "a").size()
                        + tags.tagAll(b, bo, List.of(new AnnotationService.NewTag(label, sb)), "b").size();
                if (added != 2) {
                    throw new IllegalStateException("a tag was there already: " + sa + " " + sb);
                }
                return null;
            });
            PausedImportMain.say(log, "ACK " + (i + 1));
        }
        PausedImportMain.say(log, "DONE");
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Every span of {@code text} that starts and ends between two characters (never inside a surrogate pair). */
    static List<Span> spans(String text) {
        List<Integer> bounds = new ArrayList<>();
        for (int i = 0; i <= text.length(); i = i < text.length() ? text.offsetByCodePoints(i, 1) : i + 1) {
            bounds.add(i);
        }
        List<Span> out = new ArrayList<>();
        for (int x = 0; x < bounds.size(); x++) {
            for (int y = x + 1; y < bounds.size(); y++) {
                out.add(new Span(bounds.get(x), bounds.get(y)));
            }
        }
        return out;
    }
}
