package org.newsmark.bench;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Counts, for one part of the window, its nodes, the nodes a change created anew, and the nodes
 * whose pseudo-classes changed: the two kinds of node the next CSS pass must style again.
 */
final class NodeCensus {

    private final Map<Node, Set<PseudoClass>> before = new IdentityHashMap<>();

    NodeCensus(Node root) {
        walk(root, before);
    }

    String since(Node root) {
        Map<Node, Set<PseudoClass>> after = new IdentityHashMap<>();
        walk(root, after);
        int created = 0;
        int changed = 0;
        Map<String, Integer> createdByClass = new java.util.TreeMap<>();
        Map<String, Integer> changes = new java.util.TreeMap<>();
        for (var e : after.entrySet()) {
            Set<PseudoClass> was = before.get(e.getKey());
            if (was == null) {
                created++;
                createdByClass.merge(e.getKey().getClass().getSimpleName(), 1, Integer::sum);
            } else if (!was.equals(e.getValue())) {
                changed++;
                Set<PseudoClass> gone = new java.util.HashSet<>(was);
                gone.removeAll(e.getValue());
                Set<PseudoClass> came = new java.util.HashSet<>(e.getValue());
                came.removeAll(was);
                changes.merge("-" + gone + "+" + came, 1, Integer::sum);
            }
        }
        return after.size() + " nodes, " + created + " new " + createdByClass + ", " + changed + " with other pseudo-classes " + changes;
    }

    private static void walk(Node n, Map<Node, Set<PseudoClass>> into) {
        into.put(n, Set.copyOf(n.getPseudoClassStates()));
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, into);
            }
        }
    }
}
