package org.newsmark.io.qdpx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.Document;
import org.newsmark.domain.TextHash;
import org.newsmark.io.ImportException;
import org.newsmark.io.StrictText;
import org.newsmark.io.article.ArticleText;
import org.w3c.dom.Element;

/**
 * The project's Sources: each TextSource an article (its text inline or in Sources/, line ends made
 * LF unless Newsmark wrote the file; positions as {@link RefiPositions} counts them for the file's
 * origin), with its selections ({@link QdeCodings}) and variable values
 * ({@link QdeVariables}); pictures, PDFs, audio and video are not taken.
 */
final class QdeSources {

    final List<Document> documents = new ArrayList<>();
    private final QdeFile file;
    private final boolean ours;
    private final RefiPositions.Unit unit;
    private final QdeCodings codings;
    private final QdeVariables variables;
    private final boolean crlfTwice;

    QdeSources(QdeFile file, boolean ours, RefiPositions.Unit unit, QdeCodings codings, QdeVariables variables) {
        this.file = file;
        this.ours = ours;
        this.unit = unit;
        this.codings = codings;
        this.variables = variables;
        this.crlfTwice = RefiPositions.countsCrlfTwice(file.root.getAttribute("origin"));
    }

    void read() throws ImportException {
        Element sources = RefiXml.child(file.root, "Sources");
        if (sources == null) {
            return;
        }
        for (org.w3c.dom.Node n = sources.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if ("TextSource".equals(e.getLocalName())) {
                    readTextSource(e);
                } else {
                    file.notTaken(file.name + ": " + e.getLocalName() + " \"" + e.getAttribute("name")
                            + "\" not taken (Newsmark holds only text articles)");
                }
            }
        }
    }

    private void readTextSource(Element e) throws ImportException {
        String title = RefiXml.attr(e, "name") == null ? "Article " + (documents.size() + 1) : e.getAttribute("name");
        Optional<String> raw = sourceText(e, title);
        if (raw.isEmpty()) {
            return;
        }
        // A foreign text gets LF line ends; an NVivo file's positions count each CRLF of its text twice
        RefiPositions positions = null;
        String text;
        if (ours) {
            text = raw.get();
        } else if (crlfTwice) {
            positions = RefiPositions.crlfTwice(raw.get(), unit);
            text = positions.text();
        } else {
            text = ArticleText.normaliseLineEnds(raw.get());
        }
        if (text.isEmpty()) {
            file.notTaken(file.name + ": TextSource \"" + title + "\" not taken (its text is empty)");
            return;
        }
        String description = RefiXml.text(e, "Description");
        String sourceName = ours ? description : Optional.ofNullable(RefiXml.attr(e, "plainTextPath")).orElse(title);
        long id = documents.size() + 1;
        documents.add(new Document(id, title, sourceName, file.instant(RefiXml.attr(e, "creationDateTime")), text,
                TextHash.sha256(text)));
        if (positions == null) {
            positions = new RefiPositions(text, unit);
        }
        for (Element s : RefiXml.children(e, "PlainTextSelection")) {
            codings.readSelection(s, id, title, positions);
        }
        for (Element c : RefiXml.children(e, "Coding")) {
            file.notTaken(file.name + ": a Coding of the whole of \"" + title + "\" not taken (Newsmark tags spans of text)");
        }
        variables.readValues(e, id);
    }

    private Optional<String> sourceText(Element e, String title) throws ImportException {
        String content = RefiXml.text(e, "PlainTextContent");
        if (content != null) {
            return Optional.of(content);
        }
        String path = RefiXml.attr(e, "plainTextPath");
        Optional<String> entry = file.entryOf(path);
        if (entry.isEmpty()) {
            file.notTaken(file.name + ": TextSource \"" + title + "\" not taken (its text " + (path == null ? "is missing"
                    : "\"" + path + "\" is not inside the file") + ")");
            return Optional.empty();
        }
        try {
            return Optional.of(StrictText.utf8(file.zip.read(entry.get()), entry.get()));
        } catch (ImportException ex) {
            throw new ImportException(file.name, "entry \"" + entry.get() + "\" (the text of \"" + title + "\") "
                    + ex.problem().replace("; choose its encoding (e.g. windows-1252) when importing", "")
                    + "; REFI-QDA texts are UTF-8");
        }
    }
}
