package org.newsmark.reliability;

import org.newsmark.service.TestProjects;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.newsmark.service.ProjectSession;

/**
 * The child process of {@link CrashTest}: opens a project and edits it through the services
 * until it is killed. It prints to a log file named by the parent: "TRY step" is printed before an edit, "ACK step" only after the service
 * call returned (the edit is committed), "SKIP" when the service refused it as the model expected.
 */
public final class EditStreamMain {

    private EditStreamMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        // each line is one write(2) to a file: after SIGKILL the kernel still has every line written
        FileOutputStream log = new FileOutputStream(args[2], true);
        ProjectSession session = TestProjects.open(file);
        if (session.isReadOnly()) {
            throw new IllegalStateException("the previous child's lock outlived it");
        }
        AnnotationModel model = new AnnotationModel();
        model.load(ProjectFixture.allRows(session));
        EditStream stream = new EditStream(session, model, new Random(seed));
        print(log, "READY");
        for (int i = 0; i < 1_000_000; i++) {
            EditStream.Step step = stream.plan();
            print(log, "TRY " + StepCodec.encode(step));
            EditStream.Step done = stream.perform(step);
            print(log, step.refused() ? "SKIP" : "ACK " + StepCodec.encode(done));
        }
        session.close();
    }

    private static void print(FileOutputStream log, String line) throws java.io.IOException {
        log.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
