package org.newsmark.io.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newsmark.io.ImportException;

/**
 * A saved web page. Keeps the article body and drops navigation, ads and scripts with a small
 * readability-style heuristic: the {@code <article>} element if there is one, else the element
 * whose direct {@code <p>} children hold the most text. Parses local bytes only; never fetches.
 */
public final class HtmlArticleReader implements ArticleReader {

    private static final String CLUTTER = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "menu, button, select, iframe, svg, canvas, [role=navigation], [role=menu], [role=banner], "
            + "[role=contentinfo], [aria-hidden=true]";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd";

    @Override
    public ImportedArticle read(byte[] bytes, String fileName) throws ImportException {
        return read(bytes, fileName, Optional.empty());
    }

    public ImportedArticle read(byte[] bytes, String fileName, Optional<Charset> forced) throws ImportException {
        Document doc;
        try {
            // empty base URI: relative links stay unresolved and nothing is ever loaded
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), forced.map(Charset::name).orElse(null), "");
        } catch (IOException | RuntimeException e) {
            throw new ImportException(fileName, "could not be read as HTML: " + e.getMessage(), e);
        }
        String title = title(doc);
        doc.select(CLUTTER).remove();
        Element main = mainContent(doc);
        String text = main == null ? "" : blockText(main);
        return ArticleText.finish(title, text, fileName, "contains no readable text");
    }

    private static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content");
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text();
        }
        return doc.title();
    }

    private static Element mainContent(Document doc) {
        Element best = null;
        int bestScore = 0;
        for (Element article : doc.select("article, main, [role=main]")) {
            int score = article.text().length();
            if (article.normalName().equals("article")) {
                score *= 2; // an explicit <article> beats a <main> wrapping comments or teasers
            }
            if (score > bestScore) {
                best = article;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        for (Element candidate : doc.select("body, body *")) {
            int score = 0;
            for (Element child : candidate.children()) {
                if (child.normalName().equals("p")) {
                    score += child.text().length();
                }
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best != null ? best : doc.body();
    }

    /** Leaf block elements' text, one paragraph per block, separated by blank lines. */
    private static String blockText(Element root) {
        Elements blocks = root.select(BLOCKS);
        List<String> paragraphs = new ArrayList<>();
        for (Element block : blocks) {
            if (block.select(BLOCKS).size() > 1) {
                continue; // a container of other blocks; its children are listed themselves
            }
            String t = block.normalName().equals("pre") ? block.wholeText().strip() : block.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        if (paragraphs.isEmpty()) {
            return root.text().strip();
        }
        return String.join("\n\n", paragraphs);
    }
}
