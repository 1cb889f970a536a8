package org.newsmark.io.csv;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The two uses of a CSV export, which the user chooses between (decision 13): in the export
 * dialog, with {@code --preset} on the command line.
 *
 * <ul>
 * <li>{@link #DATA}, for pandas, R, Python: UTF-8 without BOM, LF, and every value exactly as in the
 *     project, so {@code text[start:end]} of the article equals the {@code text} column. The default.
 * <li>{@link #SPREADSHEET}, for Excel and LibreOffice: UTF-8 with BOM, CRLF, and the formula guard
 *     ({@link CsvInjectionGuard}): a text cell a spreadsheet would run gets a leading {@code '};
 *     plain numbers and percentages never do. Newsmark's import removes the guard again.
 * </ul>
 */
public enum CsvPreset {

    SPREADSHEET("spreadsheet", new CsvOptions(true, false)),
    DATA("data", new CsvOptions(false, true));

    /** What a new user gets: values exactly as in the article, as the export promises. */
    public static final CsvPreset DEFAULT = DATA;

    private final String id;
    private final CsvOptions options;

    CsvPreset(String id, CsvOptions options) {
        this.id = id;
        this.options = options;
    }

    /** The name on the command line and in the settings file: {@code spreadsheet} or {@code data}. */
    public String id() {
        return id;
    }

    /** What the writers do for this preset. */
    public CsvOptions options() {
        return options;
    }

    public boolean byteOrderMark() {
        return options.excel();
    }

    public boolean crlf() {
        return options.excel();
    }

    public boolean guard() {
        return !options.raw();
    }

    /** {@code spreadsheet} or {@code data}, in any case. */
    public static CsvPreset of(String id) {
        for (CsvPreset p : values()) {
            if (p.id.equalsIgnoreCase(id == null ? "" : id.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("the CSV preset must be " + names() + ", not '" + id + "'");
    }

    /** {@code spreadsheet or data}. */
    public static String names() {
        return Arrays.stream(values()).map(CsvPreset::id).collect(Collectors.joining(" or "));
    }
}
