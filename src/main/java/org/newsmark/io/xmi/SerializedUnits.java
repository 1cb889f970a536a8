package org.newsmark.io.xmi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsmark.io.ImportException;

/**
 * The binary CASes of an INCEpTION project archive that the reader takes: each {@code
 * annotation_ser/<doc>/<user>.ser} for which the zip has no XMI of the same document and user (the
 * XMI is preferred: it is plain text and its TypeSystem.xml describes it). A binary CAS carries no
 * feature descriptions, so the Newsmark roles of its features come from the zip's root
 * TypeSystem.xml, else from the feature descriptions in {@code exportedproject*.json}. {@code
 * curation_ser/} (the curated result) is said as not taken, like {@code curation/}.
 */
final class SerializedUnits {

    static final String FOLDER = "annotation_ser";

    /** One binary CAS to read: the document and user its path names, and its bytes. */
    record Ser(XmiUnit unit, byte[] bytes) {
    }

    private SerializedUnits() {
    }

    /** @param xmiKeys {@code <doc>/<user>} of every XMI the zip holds in INCEpTION's annotation/ layout */
    static List<Ser> find(List<BoundedZip.Entry> entries, String fileName, Set<String> xmiKeys, ProjectAssembly assembly) {
        List<Ser> out = new ArrayList<>();
        for (BoundedZip.Entry e : entries) {
            String[] parts = e.name().split("/");
            boolean ser = parts.length == 3 && e.name().toLowerCase(Locale.ROOT).endsWith(".ser");
            if (ser && parts[0].equals("curation_ser")) {
                assembly.notTaken(fileName + ": " + e.name() + " (INCEpTION's curated result) not taken");
            } else if (ser && parts[0].equals(FOLDER)) {
                String user = parts[2].substring(0, parts[2].length() - ".ser".length());
                if (!xmiKeys.contains(parts[1] + "/" + user)) {
                    out.add(new Ser(new XmiUnit(parts[1], user, fileName + ": " + e.name(), null, null, null), e.bytes()));
                }
            }
        }
        return out;
    }

    /** The roles the binary CASes are read with: the root TypeSystem.xml's, else those exportedproject*.json names. */
    static Map<String, Map<String, FeatureRole>> roles(List<BoundedZip.Entry> entries, String fileName) throws ImportException {
        for (BoundedZip.Entry e : entries) {
            if (e.name().equalsIgnoreCase(XmiWriter.TYPE_SYSTEM)) {
                return XmiCas.roles(XmiCas.typeSystem(e.bytes(), fileName + ": " + e.name()));
            }
        }
        for (BoundedZip.Entry e : entries) {
            String flat = e.name().replace("/", "");
            if (flat.startsWith("exportedproject") && flat.endsWith(".json")) {
                return InceptionProjectJson.roles(e.bytes(), fileName + ": " + e.name());
            }
        }
        return Map.of();
    }
}
