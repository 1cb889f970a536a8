package org.newsmark.io;

/**
 * A file could not be imported. The message always names the file, the line when known, and the
 * problem, e.g. {@code annotations.csv line 14: end 9001 is beyond the article's 8800 characters},
 * because analysts fix the file by hand and need to find the spot.
 */
public class ImportException extends Exception {

    /** Use for problems that have no line (binary file, missing column, bad encoding). */
    public static final long NO_LINE = 0;

    private final String file;
    private final long line;
    private final String problem;

    public ImportException(String file, long line, String problem) {
        this(file, line, problem, null);
    }

    public ImportException(String file, long line, String problem, Throwable cause) {
        super(format(file, line, problem), cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public ImportException(String file, String problem) {
        this(file, NO_LINE, problem, null);
    }

    public ImportException(String file, String problem, Throwable cause) {
        this(file, NO_LINE, problem, cause);
    }

    private static String format(String file, long line, String problem) {
        String where = file == null || file.isBlank() ? "input" : file;
        return line > 0 ? where + " line " + line + ": " + problem : where + ": " + problem;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or {@link #NO_LINE}. */
    public long line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
