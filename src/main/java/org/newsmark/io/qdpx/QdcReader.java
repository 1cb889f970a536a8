package org.newsmark.io.qdpx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.io.ImportException;
import org.newsmark.io.codebook.CodebookJson;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.io.exchange.ExchangeRead;
import org.w3c.dom.Element;

/**
 * Reads a REFI-QDA codebook (.qdc) into a project with a codebook and nothing else. A codebook
 * Newsmark wrote gives its labels back with their attributes (a code that is not codable under a
 * label; with value codes a choice, or yes-no when they are exactly yes and no; else text), the
 * label's whole description as its definition. Any other: each codable code a label named by its path.
 */
public final class QdcReader {

    /** Larger than any codebook; a bigger file is refused before it is parsed. */
    static final long MAX_BYTES = 64L << 20;

    private QdcReader() {
    }

    public static ExchangeRead read(Path file) throws ImportException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(name, "is larger than 64 MiB; a codebook never is");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(name, "could not be read: " + e.getMessage(), e);
        }
        Element root = RefiXml.parse(bytes, name).getDocumentElement();
        if (!"CodeBook".equals(root.getLocalName())) {
            throw new ImportException(name, "holds <" + root.getTagName() + ">, not a REFI-QDA <CodeBook>");
        }
        Element codes = RefiXml.child(root, "Codes");
        List<String> notTaken = new ArrayList<>();
        boolean newsmark = root.getAttribute("origin").startsWith(QdpxWriter.ORIGIN);
        Codebook book = null;
        for (Element s : RefiXml.children(RefiXml.child(root, "Sets"), "Set")) {
            String json = RefiXml.text(s, "Description");
            if (newsmark && QdcWriter.CODEBOOK_SET.equals(s.getAttribute("name")) && json != null) {
                book = CodebookJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        name + " (set \"" + QdcWriter.CODEBOOK_SET + "\")");
            } else {
                notTaken.add(name + ": Set \"" + s.getAttribute("name") + "\" not taken (Newsmark has no sets)");
            }
        }
        if (book == null) {
            book = newsmark ? ours(codes) : foreign(codes);
        }
        String project = name.replaceFirst("(?i)\\.qdc$", "");
        return new ExchangeRead(new ExchangeProject(project, List.of(), book, List.of(), List.of(), Map.of(), List.of(),
                List.of(), List.of()), notTaken);
    }

    private static Codebook foreign(Element codes) {
        List<Label> labels = new ArrayList<>();
        for (QdeCodes.Code c : new QdeCodes(codes).byGuid.values()) {
            if (c.codable() && labels.stream().noneMatch(l -> l.name().equals(c.path()))) {
                labels.add(new Label(labels.size() + 1, c.path(), QdeCodes.colour(c.color()), null, c.description()));
            }
        }
        return new Codebook(labels, List.of());
    }

    private static Codebook ours(Element codes) {
        List<Label> labels = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        for (Element l : RefiXml.children(codes, "Code")) {
            Label label = new Label(labels.size() + 1, l.getAttribute("name"), QdeCodes.colour(RefiXml.attr(l, "color")), null,
                    RefiXml.text(l, "Description"));
            labels.add(label);
            for (Element a : RefiXml.children(l, "Code")) {
                List<String> values = RefiXml.children(a, "Code").stream().map(c -> c.getAttribute("name")).toList();
                AttributeType type = values.isEmpty() ? AttributeType.TEXT
                        : values.equals(List.of("yes", "no")) ? AttributeType.YES_NO : AttributeType.CHOICE;
                attributes.add(new Attribute(attributes.size() + 1, label.id(), a.getAttribute("name"), type,
                        type == AttributeType.CHOICE ? values : List.of(), false, RefiXml.text(a, "Description")));
            }
        }
        return new Codebook(labels, attributes);
    }
}
