package org.newsmark.io.xmi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;

/** How the XMI reader looks at a CAS's types and features: which layers are foreign, which are relations, which feature labels. */
final class CasTypes {

    private static final List<String> LABEL_FEATURES = List.of("label", "value", "Label", "Value");

    private CasTypes() {
    }

    /** INCEpTION's custom layers and DKPro's named entities, Newsmark's own types aside. */
    static List<Type> foreignLayers(TypeSystem ts) {
        List<Type> out = new ArrayList<>();
        for (Iterator<Type> it = ts.getTypeIterator(); it.hasNext(); ) {
            Type t = it.next();
            String n = t.getName();
            boolean ours = n.equals(XmiTypes.TAG) || n.equals(XmiTypes.LINK) || n.equals(XmiTypes.ARTICLE);
            if (!ours && (n.startsWith(XmiTypes.CUSTOM_PREFIX) || n.equals(XmiTypes.NAMED_ENTITY))) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean isRelation(Type t) {
        Feature g = t.getFeatureByBaseName(XmiTypes.GOVERNOR);
        Feature d = t.getFeatureByBaseName(XmiTypes.DEPENDENT);
        return g != null && d != null && !g.getRange().isPrimitive() && !d.getRange().isPrimitive();
    }

    /** The label/value string feature of a layer (else its first string feature). */
    static Optional<Feature> labelFeature(Type t) {
        List<Feature> strings = declared(t).stream().filter(f -> f.getRange().getName().equals(XmiTypes.STRING)).toList();
        for (String preferred : LABEL_FEATURES) {
            for (Feature f : strings) {
                if (f.getShortName().equals(preferred)) {
                    return Optional.of(f);
                }
            }
        }
        return strings.stream().findFirst();
    }

    static Optional<String> firstString(Type t, FeatureStructure fs) {
        return labelFeature(t).map(fs::getStringValue).filter(v -> !v.isBlank());
    }

    /** The features a type adds to its supertype's (not begin, end, sofa). */
    static List<Feature> declared(Type t) {
        return t.getFeatures().stream().filter(f -> f.getDomain().equals(t)).toList();
    }

    /** How many annotations of Newsmark's types and the foreign layers a CAS holds. */
    static int annotationsOf(CAS cas) {
        int n = 0;
        for (String name : List.of(XmiTypes.TAG, XmiTypes.LINK)) {
            Type t = cas.getTypeSystem().getType(name);
            n += t == null ? 0 : cas.getAnnotationIndex(t).size();
        }
        for (Type t : foreignLayers(cas.getTypeSystem())) {
            n += cas.getIndexRepository().getAllIndexedFS(t).size();
        }
        return n;
    }

    static FeatureStructure first(CAS cas, Type t) {
        if (t == null) {
            return null;
        }
        var it = cas.getIndexRepository().getAllIndexedFS(t);
        return it.hasNext() ? it.next() : null;
    }

    /** A string feature's value by its base name; null when the structure, the feature or a string range is missing. */
    static String string(FeatureStructure fs, String feature) {
        if (fs == null) {
            return null;
        }
        Feature f = fs.getType().getFeatureByBaseName(feature);
        return f == null || !f.getRange().getName().equals(XmiTypes.STRING) ? null : fs.getStringValue(f);
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
