package org.newsmark.ui.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Decision;
import org.newsmark.domain.PairKey;
import org.newsmark.service.AdjudicationService;
import org.newsmark.service.DecisionChange;
import org.newsmark.ui.compare.ComparisonViewModel.Disagreement;

/**
 * What the compare view knows of the decisions between the two analysts compared: the mark of
 * each pair (read from the project, whoever decided it and when), the count decided and the
 * "12 of 31 decided" line, and the words of the messages a decision leaves.
 */
final class DecisionsViewModel {

    private final ObservableMap<PairKey, Decision> decisions = FXCollections.observableHashMap();
    private final IntegerProperty decidedCount = new SimpleIntegerProperty();
    private final StringProperty progress = new SimpleStringProperty("");

    ObservableMap<PairKey, Decision> map() { return decisions; }
    IntegerProperty decidedCount() { return decidedCount; }
    StringProperty progress() { return progress; }

    Optional<Decision> of(Disagreement d) {
        return d.key() == null ? Optional.empty() : Optional.ofNullable(decisions.get(d.key()));
    }

    /** The project's decisions for a new pair of analysts (empty when there is none). */
    void replaceAll(Map<PairKey, Decision> fromProject, List<Disagreement> rows) {
        decisions.clear();
        decisions.putAll(fromProject);
        count(rows);
    }

    void set(PairKey key, Optional<Decision> decision, List<Disagreement> rows) {
        if (key != null) {
            decision.ifPresentOrElse(x -> decisions.put(key, x), () -> decisions.remove(key));
        }
        count(rows);
    }

    /** A decision recorded, replaced or taken back anywhere (this window, the workbench's undo, another window). */
    void changed(DecisionChange change, Analyst a, Analyst b, List<Disagreement> rows) {
        PairKey pair = change.pair();
        if (a == null || b == null || !isBetween(pair, a, b)) {
            return;
        }
        PairKey seen = pair.seenFrom(a.id());
        set(seen, Optional.ofNullable(change.after()).map(after -> after.seenFrom(a.id()).decision()), rows);
    }

    void count(List<Disagreement> rows) {
        long n = rows.stream().filter(d -> of(d).isPresent()).count();
        decidedCount.set((int) n);
        progress.set(rows.isEmpty() ? "" : n + " of " + rows.size() + " decided");
    }

    private static boolean isBetween(PairKey pair, Analyst a, Analyst b) {
        return (pair.analystA() == a.id() && pair.analystB() == b.id()) || (pair.analystA() == b.id() && pair.analystB() == a.id());
    }

    /** What the status line says after a decision, and what it replaced. */
    static String decided(Decision decision, Optional<Decision> earlier, String consensus, boolean wrote) {
        return describe(decision) + (decision == Decision.REJECT ? " — nothing written to " + consensus
                : " — written to " + consensus + (wrote ? "" : " (nothing new to write)"))
                + earlier.filter(e -> e != decision).map(e -> "; replaces the earlier " + describe(e).toLowerCase(Locale.ROOT)
                + ", whose tags stay").orElse("");
    }

    static String matchesAccepted(AdjudicationService.MatchesAccepted r) {
        if (r.matches() == 0) {
            return "No matching tags in this scope.";
        }
        if (r.added() == 0) {
            return "No new matching tags: " + (r.matches() == 1 ? "the 1 is" : "all " + r.matches() + " are") + " in consensus already.";
        }
        int already = r.matches() - r.added();
        return plural(r.added(), "matching tag") + " accepted in " + plural(r.articles(), "article")
                + (already > 0 ? " (" + already + " already in consensus)" : "") + ".";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String describe(Decision d) {
        return switch (d) {
            case ACCEPT_A -> "Accepted A";
            case ACCEPT_B -> "Accepted B";
            case ACCEPT_BOTH -> "Accepted both";
            case REJECT -> "Rejected";
        };
    }
}
