package org.newsmark.io.semeval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Span;
import org.newsmark.io.ImportException;
import org.newsmark.io.SpanTextCheck;
import org.newsmark.io.StrictText;

/**
 * SemEval-2020 Task 11 (propaganda techniques): {@code article<ID>.txt} plus a tab-separated label
 * file ({@code article<ID>.task2-TC.labels}, {@code .labels} or {@code .tsv}). Lines are
 * {@code ID<TAB>label<TAB>begin<TAB>end} (task TC) or {@code ID<TAB>begin<TAB>end} (task SI, which
 * gets {@code defaultLabel}); offsets are code points, end exclusive. The article text is kept
 * exactly as in the file (strict UTF-8), since the offsets count its characters.
 */
public final class SemEvalReader {

    private static final int TITLE_CODE_POINTS = 200;
    private static final Pattern ARTICLE_ID = Pattern.compile("article(\\d+)");

    private SemEvalReader() {
    }

    public static SemEvalArticle read(Path articleTxt, Path labels, String defaultLabel) throws ImportException {
        String txtName = articleTxt.getFileName().toString();
        String labelsName = labels.getFileName().toString();
        String text = StrictText.utf8(org.newsmark.io.ImportFiles.read(articleTxt, org.newsmark.io.article.ArticleLimits.MAX_FILE_BYTES), txtName);
        String labelContent = StrictText.utf8(org.newsmark.io.ImportFiles.read(labels, org.newsmark.io.ImportFiles.MAX_TABLE_BYTES), labelsName);
        return parse(articleId(txtName), text, labelContent, labelsName, defaultLabel);
    }

    /** The numeric id in {@code article111111111.txt}, or the name without extension. */
    public static String articleId(String fileName) {
        Matcher m = ARTICLE_ID.matcher(fileName);
        if (m.find()) {
            return m.group(1);
        }
        int dot = fileName.indexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    public static SemEvalArticle parse(String articleId, String text, String labelContent, String labelsName,
                                       String defaultLabel) throws ImportException {
        CodePointOffsets offsets = new CodePointOffsets(text);
        List<SemEvalSpan> spans = new ArrayList<>();
        String[] lines = labelContent.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            long lineNo = i + 1L;
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String label;
            String begin;
            String end;
            if (f.length == 4) {
                label = f[1].strip();
                begin = f[2];
                end = f[3];
            } else if (f.length == 3) {
                label = defaultLabel;
                begin = f[1];
                end = f[2];
            } else {
                throw new ImportException(labelsName, lineNo, "expected 'ID<TAB>label<TAB>begin<TAB>end' or "
                        + "'ID<TAB>begin<TAB>end', found " + f.length + " field(s)");
            }
            if (!f[0].strip().equals(articleId)) {
                throw new ImportException(labelsName, lineNo, "article id " + f[0].strip()
                        + " does not match the article's " + articleId);
            }
            if (label == null || label.isEmpty()) {
                throw new ImportException(labelsName, lineNo, "label is empty");
            }
            int b = number(begin, "begin", labelsName, lineNo);
            int e = number(end, "end", labelsName, lineNo);
            Span span = SpanTextCheck.toUtf16(labelsName, lineNo, offsets, b, e);
            spans.add(new SemEvalSpan(label, b, e, span, lineNo));
        }
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        String title = firstLine.isEmpty() ? "article" + articleId
                : CodePointOffsets.firstCodePoints(firstLine, TITLE_CODE_POINTS);
        return new SemEvalArticle(articleId, title, text, spans);
    }

    private static int number(String s, String what, String file, long line) throws ImportException {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new ImportException(file, line, what + " '" + s + "' is not a whole number");
        }
    }
}
