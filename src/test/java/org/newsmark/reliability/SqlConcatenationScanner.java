package org.newsmark.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds SQL built by concatenating values in Java source. It tokenises the source (comments
 * dropped, string literals and text blocks kept whole), finds every chain {@code a + b + c},
 * and when a chain holds a string literal that looks like SQL, reports each operand that is
 * neither a literal nor an allowlisted constant. It also reports SQL literals passed to
 * {@code String.format} / {@code formatted}.
 */
final class SqlConcatenationScanner {

    /** A concatenated operand in an SQL string, with the line it is on. */
    record Finding(String file, int line, String operand, String code) {
        @Override
        public String toString() {
            return file + ":" + line + ": concatenates " + operand + " into SQL";
        }
    }

    private static final Pattern SQL = Pattern.compile(
            "\\b(SELECT|INSERT|UPDATE|DELETE|WHERE|VALUES|FROM|PRAGMA|CREATE|DROP|ALTER|JOIN|VACUUM|ORDER BY|GROUP BY|LIMIT)\\b"
                    + "|(=|LIKE)\\s*'\\s*\"$");

    private record Token(String text, int line, boolean literal) {
    }

    private final Set<String> allowedOperands;

    /** @param allowedOperands operands known to be constants, e.g. {@code Rows.ANNOTATION_COLUMNS} */
    SqlConcatenationScanner(Set<String> allowedOperands) {
        this.allowedOperands = allowedOperands;
    }

    List<Finding> scan(String fileName, String source) {
        List<Token> tokens = tokenize(source);
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.literal() && looksLikeSql(t.text()) && i >= 2 && tokens.get(i - 1).text().equals("(")
                    && tokens.get(i - 2).text().equals("format")) {
                out.add(new Finding(fileName, t.line(), "String.format arguments", t.text()));
            }
            if (t.literal() && looksLikeSql(t.text()) && i + 2 < tokens.size() && tokens.get(i + 1).text().equals(".")
                    && tokens.get(i + 2).text().equals("formatted")) {
                out.add(new Finding(fileName, t.line(), "formatted() arguments", t.text()));
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            int end = operandEnd(tokens, i);
            if (end < 0) {
                i++;
                continue;
            }
            List<int[]> operands = new ArrayList<>();
            operands.add(new int[] {i, end});
            int j = end;
            while (j < tokens.size() && tokens.get(j).text().equals("+")) {
                int next = operandEnd(tokens, j + 1);
                if (next < 0) {
                    break;
                }
                operands.add(new int[] {j + 1, next});
                j = next;
            }
            if (operands.size() > 1) {
                check(fileName, tokens, operands, out);
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    private void check(String fileName, List<Token> tokens, List<int[]> operands, List<Finding> out) {
        boolean sql = operands.stream().anyMatch(o -> o[1] - o[0] == 1 && tokens.get(o[0]).literal()
                && looksLikeSql(tokens.get(o[0]).text()));
        if (!sql) {
            return;
        }
        for (int[] o : operands) {
            String text = join(tokens, o[0], o[1]);
            boolean literal = o[1] - o[0] == 1 && (tokens.get(o[0]).literal() || tokens.get(o[0]).text().matches("\\d+"));
            // storage.SqlNames quotes a name, checks a table, or marks a fragment made from those: the one door for names
            if (!literal && !allowedOperands.contains(text) && !text.startsWith("SqlNames.")) {
                out.add(new Finding(fileName, tokens.get(o[0]).line(), text, join(tokens, operands.get(0)[0], o[1])));
            }
        }
    }

    /** The end (exclusive) of an operand starting at {@code i}: literal, name.name, calls, (…), or -1. */
    private static int operandEnd(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return -1;
        }
        Token t = tokens.get(i);
        int j;
        if (t.literal()) {
            j = i + 1;
        } else if (t.text().equals("(")) {
            j = closing(tokens, i) + 1;
        } else if (Character.isJavaIdentifierStart(t.text().charAt(0)) || Character.isDigit(t.text().charAt(0))) {
            j = i + 1;
        } else {
            return -1;
        }
        while (j < tokens.size()) {
            String s = tokens.get(j).text();
            if (s.equals(".") && j + 1 < tokens.size() && Character.isJavaIdentifierStart(tokens.get(j + 1).text().charAt(0))) {
                j += 2;
            } else if (s.equals("(") || s.equals("[")) {
                j = closing(tokens, j) + 1;
            } else {
                break;
            }
        }
        return j;
    }

    private static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            String s = tokens.get(k).text();
            if (s.equals("(") || s.equals("[")) {
                depth++;
            } else if (s.equals(")") || s.equals("]")) {
                depth--;
                if (depth == 0) {
                    return k;
                }
            }
        }
        return tokens.size() - 1;
    }

    private static boolean looksLikeSql(String literal) {
        return SQL.matcher(literal).find();
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && (tokens.get(k).text().equals("+") || tokens.get(k - 1).text().equals("+"))) {
                b.append(' ');
            }
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }

    private static List<Token> tokenize(String src) {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? src.length() : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? src.length() : end + 3;
                out.add(new Token(src.substring(i, end), line, true));
                line += count(src, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != c) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                out.add(new Token(src.substring(i, Math.min(j + 1, src.length())), line, c == '"'));
                i = j + 1;
            } else if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
                int j = i;
                while (j < src.length() && (Character.isJavaIdentifierPart(src.charAt(j)))) {
                    j++;
                }
                out.add(new Token(src.substring(i, j), line, false));
                i = j;
            } else {
                out.add(new Token(String.valueOf(c), line, false));
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }
}
