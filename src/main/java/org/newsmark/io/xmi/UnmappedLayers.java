package org.newsmark.io.xmi;

import java.util.Iterator;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;

/**
 * The layers the XMI reader does not map (segmentation and INCEpTION's own bookkeeping aside),
 * counted by layer across the file, and said in the not-taken list at the end, with the features
 * passed over because they hold a link or a list.
 */
final class UnmappedLayers {

    private final AssemblyContext context;

    UnmappedLayers(AssemblyContext context) {
        this.context = context;
    }

    void count(CAS cas) {
        for (Iterator<Type> it = cas.getTypeSystem().getTypeIterator(); it.hasNext(); ) {
            Type t = it.next();
            String n = t.getName();
            if (n.startsWith("uima.") || n.startsWith(XmiTypes.CUSTOM_PREFIX) || n.equals(XmiTypes.NAMED_ENTITY)
                    || n.equals(XmiTypes.DOCUMENT_METADATA) || n.startsWith("de.tudarmstadt.ukp.dkpro.core.api.segmentation.")
                    || n.startsWith("de.tudarmstadt.ukp.clarin.webanno.api.type.") || n.startsWith("de.tudarmstadt.ukp.inception.")) {
                continue;
            }
            int count = 0;
            for (var it2 = cas.getIndexRepository().getAllIndexedFS(t); it2.hasNext(); ) {
                count += it2.next().getType() == t ? 1 : 0;
            }
            if (count > 0) {
                context.skippedTypes.merge(t.getShortName() + " (" + n + ")", count, Integer::sum);
            }
        }
    }

    /** Adds the counts to what is not taken: layers first, then features. */
    void report() {
        context.skippedTypes.forEach((type, n) -> context.notTaken(n + " annotations of the layer " + type + " not taken"));
        context.skippedFeatures.forEach((feature, n) -> context.notTaken(feature + " (a link or list, not a plain value) not taken in "
                + n + " annotations"));
    }
}
