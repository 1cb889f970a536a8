package org.newsmark.io.xmi;

import java.util.List;
import java.util.Map;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Names;

/**
 * Links from relations between two tags taken from the same CAS: a NewsmarkLink typed by its label,
 * a foreign relation layer's by its first string feature (else the layer's name).
 */
final class CasLinks {

    private final AssemblyContext context;
    private final List<Link> links;

    CasLinks(AssemblyContext context, List<Link> links) {
        this.context = context;
        this.links = links;
    }

    /** A link from the relation {@code fs} typed {@code typeName}, when it joins two tags taken from its CAS. */
    void link(String where, Document doc, Analyst analyst, AnnotationFS fs, String typeName,
              Map<FeatureStructure, Annotation> taken) {
        Type t = fs.getType();
        Annotation from = taken.get(fs.getFeatureValue(t.getFeatureByBaseName(XmiTypes.GOVERNOR)));
        Annotation to = taken.get(fs.getFeatureValue(t.getFeatureByBaseName(XmiTypes.DEPENDENT)));
        String at = "[" + fs.getBegin() + "," + fs.getEnd() + ")";
        if (from == null || to == null || from == to) {
            context.notTaken(where + ": a " + t.getShortName() + " at " + at + " does not join two tags that were taken; not taken");
            return;
        }
        if (typeName == null || !Names.isValid(typeName)) {
            context.notTaken(where + ": a " + t.getShortName() + " at " + at + " has the type " + Names.shown(typeName)
                    + ", which is not a valid name; not taken");
            return;
        }
        LinkType type = context.codebook.linkType(Names.strip(typeName), from.labelId(), to.labelId());
        links.add(new Link(context.nextId(), doc.id(), analyst.id(), type.id(), from.id(), to.id(), context.readAt));
    }
}
