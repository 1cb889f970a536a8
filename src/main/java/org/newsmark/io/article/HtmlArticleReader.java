package org.newsmark.io.article;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;
import org.newsmark.io.ImportException;
import org.newsmark.io.StrictText;

/**
 * A saved web page. Keeps the article body and drops navigation, ads and scripts with a small
 * readability-style heuristic: the {@code <article>} element if there is one, else the element
 * whose direct {@code <p>} children hold the most text. Parses local bytes only; never fetches.
 * Decoding is strict (see {@link #decode}); parsing and extraction run under a {@link ReadBudget}
 * (time checked while jsoup reads and in every loop here; element count checked during the parse).
 */
public final class HtmlArticleReader implements ArticleReader {

    private static final String CLUTTER = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "menu, button, select, iframe, svg, canvas, [role=navigation], [role=menu], [role=banner], "
            + "[role=contentinfo], [aria-hidden=true]";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd";
    private static final Evaluator BLOCK_QUERY = QueryParser.parse(BLOCKS);
    /** Where a declaration is looked for; browsers look at 1,024 bytes first, saved pages put it early. */
    static final int DECLARATION_BYTES = 8 * 1024;
    private static final Pattern XML_ENCODING =
            Pattern.compile("\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern CONTENT_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\\s;\"']+)");
    /** WHATWG Encoding labels of windows-1252. */
    private static final Set<String> LATIN1_LABELS = Set.of("ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1",
            "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1",
            "latin1", "us-ascii", "windows-1252", "x-cp1252");

    @Override
    public ImportedArticle read(byte[] bytes, String fileName) throws ImportException {
        return read(bytes, fileName, Optional.empty());
    }

    /**
     * @param forced the analyst's choice of encoding; it wins over the page's declaration (a byte-order
     *               mark, being unambiguous, wins over both)
     */
    public ImportedArticle read(byte[] bytes, String fileName, Optional<Charset> forced) throws ImportException {
        ArticleText.checkFileSize(bytes.length, fileName);
        return BoundedRead.run(fileName, budget -> read(bytes, fileName, forced, budget));
    }

    private static ImportedArticle read(byte[] bytes, String fileName, Optional<Charset> forced, ReadBudget budget)
            throws ImportException {
        String html = decode(bytes, fileName, forced);
        Document doc = parse(html, fileName, budget);
        String[] titles = titles(doc);
        org.newsmark.domain.ArticleMetadata metadata = HtmlMetadata.of(doc);
        doc.select(CLUTTER).remove();
        budget.check();
        Element main = mainContent(doc, budget);
        String text = main == null ? "" : blockText(main, budget);
        return ArticleText.finish(text, fileName, "contains no readable text", titles).withMetadata(metadata);
    }

    /**
     * jsoup's stream parser, reading through a guarded reader (the deadline is checked while jsoup
     * consumes the text) and handing over each element as it is completed, so that the count is
     * checked during the parse, before the tree outgrows memory.
     */
    private static Document parse(String html, String fileName, ReadBudget budget) throws ImportException {
        // empty base URI: relative links stay unresolved and nothing is ever loaded
        try (StreamParser parser = new StreamParser(Parser.htmlParser()).parse(budget.guard(new StringReader(html)), "")) {
            int elements = 0;
            for (Iterator<Element> it = parser.iterator(); it.hasNext(); it.next()) {
                if (++elements > ArticleLimits.MAX_HTML_ELEMENTS) {
                    throw budget.exceed(String.format("refused: it has more than %,d HTML elements (the file may be "
                            + "crafted to exhaust memory)", ArticleLimits.MAX_HTML_ELEMENTS));
                }
                budget.tick();
            }
            return parser.document();
        } catch (RuntimeException e) {
            Optional<ReadBudget.Exceeded> exceeded = ReadBudget.in(e);
            if (exceeded.isPresent()) {
                throw exceeded.get();
            }
            throw new ImportException(fileName, "could not be read as HTML: " + e.getMessage(), e);
        }
    }

    /**
     * Decodes strictly, so a wrong guess is a question ("is not valid UTF-8 ...", which makes the app
     * ask for the encoding) rather than text with U+FFFD in it, as jsoup's lenient decoding stored.
     * Order: byte-order mark, the chosen charset, the page's declaration, UTF-8. Nothing is guessed
     * from the bytes: windows-1252, ISO-8859-15 and others cannot be told apart by them.
     */
    static String decode(byte[] bytes, String fileName, Optional<Charset> forced) throws ImportException {
        Optional<Charset> bom = ArticleText.bomCharset(bytes);
        if (bom.isPresent()) {
            return StrictText.decode(bytes, ArticleText.bomLength(bom.get()), bom.get(), fileName);
        }
        Charset charset = forced.or(() -> declaredCharset(bytes)).orElse(StandardCharsets.UTF_8);
        return StrictText.decode(bytes, 0, charset, fileName);
    }

    /**
     * The charset the page declares in its first {@value #DECLARATION_BYTES} bytes: an XML declaration's
     * {@code encoding}, else the first {@code <meta charset>} or {@code <meta http-equiv="Content-Type">}
     * (found by jsoup in that prefix read byte for byte). Labels mean what they mean to browsers
     * (WHATWG Encoding): ISO-8859-1 and US-ASCII are read as windows-1252, a UTF-16 label that is
     * itself readable as ASCII as UTF-8. An unknown label is ignored.
     */
    static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
        String label = null;
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.lookingAt()) {
            label = xml.group(1);
        } else {
            Element meta = Jsoup.parse(head, "").selectFirst("meta[charset], meta[http-equiv~=(?i)^\\s*content-type\\s*$]");
            if (meta != null && meta.hasAttr("charset")) {
                label = meta.attr("charset");
            } else if (meta != null) {
                Matcher m = CONTENT_CHARSET.matcher(meta.attr("content"));
                label = m.find() ? m.group(1) : null;
            }
        }
        return label == null ? Optional.empty() : charsetForLabel(label);
    }

    private static Optional<Charset> charsetForLabel(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (LATIN1_LABELS.contains(l)) {
            return Optional.of(Charset.forName("windows-1252"));
        }
        if (l.startsWith("utf-16") || l.equals("unicode") || l.equals("ucs-2")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(l));
        } catch (IllegalArgumentException e) { // illegal or unsupported name
            return Optional.empty();
        }
    }

    /** Where an HTML page names itself, best first: og:title, the first h1, the title element. */
    private static String[] titles(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        Element h1 = doc.selectFirst("h1");
        return new String[] {og == null ? null : og.attr("content"), h1 == null ? null : h1.text(), doc.title()};
    }

    private static Element mainContent(Document doc, ReadBudget budget) {
        Element best = null;
        int bestScore = 0;
        for (Element article : doc.select("article, main, [role=main]")) {
            budget.check();
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
        // the body and its descendants, in document order ("body *" would walk up from every element)
        List<Element> candidates = doc.body() == null ? List.of() : doc.body().getAllElements();
        for (Element candidate : candidates) {
            budget.tick();
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

    /**
     * Leaf block elements' text (blocks holding no other block), one paragraph per block, separated
     * by blank lines. One pass: a block's parent is marked as a container when the block is left,
     * so nesting costs nothing (asking each block for its descendant blocks was quadratic in depth).
     */
    private static String blockText(Element root, ReadBudget budget) {
        Set<Element> containers = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> leaves = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                budget.tick();
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                boolean block = e.is(BLOCK_QUERY);
                if (block && !containers.contains(e)) {
                    leaves.add(e); // leaves never nest, so leaving order is document order
                }
                if ((block || containers.contains(e)) && e != root && e.parent() != null) {
                    containers.add(e.parent());
                }
            }
        }, root);
        List<String> paragraphs = new ArrayList<>();
        for (Element block : leaves) {
            budget.tick();
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
