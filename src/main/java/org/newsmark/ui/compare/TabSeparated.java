package org.newsmark.ui.compare;

import java.util.List;
import java.util.function.Function;

/** A table as tab-separated text, the header first, each cell as the window shows it: what Ctrl+C copies. */
final class TabSeparated {

    private TabSeparated() {
    }

    static <R> String of(List<String> headers, List<Function<R, String>> cells, List<R> rows) {
        StringBuilder out = new StringBuilder(String.join("\t", headers)).append('\n');
        for (R r : rows) {
            out.append(String.join("\t", cells.stream().map(c -> c.apply(r).replace('\t', ' ')).toList())).append('\n');
        }
        return out.toString();
    }
}
