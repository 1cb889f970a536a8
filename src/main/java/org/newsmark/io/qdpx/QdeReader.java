package org.newsmark.io.qdpx;

import org.newsmark.domain.Codebook;
import org.newsmark.io.ImportException;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.io.exchange.ExchangeRead;
import org.w3c.dom.Element;

/**
 * Maps a parsed project.qde to an {@link ExchangeProject}. A file Newsmark wrote (origin "Newsmark"
 * and its codebook note) is read back exactly: the codebook from the note, attribute values from the
 * value codings and the selection's Description, the text as written. Any other file: each codable
 * code a label named by its path ("parent/child"), one tag per coding, the text's line ends made LF.
 *
 * <p>The parts, in the order they are read (which is the order of what is not taken): notes and
 * codebook ({@link QdeNotes}, {@link QdeCodebook}), users ({@link QdeUsers}), cases
 * ({@link QdeCases}), sets and graphs (not taken), sources with their selections and variable values
 * ({@link QdeSources}, {@link QdeCodings}, {@link QdeVariables}), links ({@link QdeLinks}).
 */
final class QdeReader {

    private final QdeFile file;
    private final RefiPositions.Unit unit;

    QdeReader(QdpxArchive zip, Element root, RefiPositions.Unit unit) {
        this.file = new QdeFile(zip, root);
        this.unit = unit;
    }

    ExchangeRead read() throws ImportException {
        QdeNotes notes = new QdeNotes(file);
        QdeCodebook codebook = QdeCodebook.read(file, notes);
        QdeUsers users = new QdeUsers(file, codebook.ours);
        QdeCases cases = new QdeCases(file, codebook.ours);
        for (Element v : RefiXml.children(RefiXml.child(file.root, "Sets"), "Set")) {
            file.notTaken(file.name + ": Set \"" + v.getAttribute("name") + "\" not taken (Newsmark has no sets)");
        }
        for (Element g : RefiXml.children(RefiXml.child(file.root, "Graphs"), "Graph")) {
            file.notTaken(file.name + ": Graph \"" + g.getAttribute("name") + "\" not taken (Newsmark has no graphs)");
        }
        QdeVariables variables = new QdeVariables(file, codebook, users);
        QdeCodings codings = new QdeCodings(file, codebook, users, notes, cases);
        QdeSources sources = new QdeSources(file, codebook.ours, unit, codings, variables);
        sources.read();
        QdeLinks links = new QdeLinks(file, codebook, codings);
        links.read();
        Codebook book = new Codebook(codebook.book.labels(), codebook.book.attributes(), links.linkTypes());
        String name = file.root.getAttribute("name").isBlank() ? file.name : file.root.getAttribute("name");
        return new ExchangeRead(new ExchangeProject(name, users.all(), book, cases.sources, sources.documents,
                variables.metadata, codings.tags, links.links, variables.articleCodes), file.notTaken());
    }
}
