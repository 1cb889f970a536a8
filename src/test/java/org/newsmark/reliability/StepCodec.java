package org.newsmark.reliability;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.newsmark.reliability.AnnotationModel.Row;

/** One edit step as one line of text, so the crash test can follow the child over stdout. */
final class StepCodec {

    private StepCodec() {
    }

    static String encode(EditStream.Step s) {
        return String.join(" ", s.kind().name(), Long.toString(s.documentId()), Long.toString(s.analystId()),
                encode(s.before()), encode(s.after()));
    }

    static EditStream.Step decode(String line) {
        String[] f = line.split(" ");
        return new EditStream.Step(EditStream.Kind.valueOf(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]),
                decodeRow(f[3]), decodeRow(f[4]), false);
    }

    private static String encode(Row r) {
        if (r == null) {
            return "-";
        }
        // notes may hold spaces and newlines: Base64 keeps the line one line
        return r.id() + "," + r.documentId() + "," + r.analystId() + "," + r.labelId() + "," + r.begin() + "," + r.end() + ","
                + Base64.getEncoder().encodeToString(r.note().getBytes(StandardCharsets.UTF_8));
    }

    private static Row decodeRow(String s) {
        if (s.equals("-")) {
            return null;
        }
        String[] f = s.split(",", -1);
        return new Row(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                Integer.parseInt(f[4]), Integer.parseInt(f[5]), new String(Base64.getDecoder().decode(f[6]), StandardCharsets.UTF_8));
    }
}
