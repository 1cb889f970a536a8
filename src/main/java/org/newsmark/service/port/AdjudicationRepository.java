package org.newsmark.service.port;

import java.util.List;
import java.util.Optional;
import org.newsmark.domain.ComparePosition;
import org.newsmark.domain.PairDecision;
import org.newsmark.domain.PairKey;

/**
 * Adjudication decisions and where the compare window was left. A pair is found whichever of its
 * two analysts is A; decisions come back in canonical form (the lower analyst id as A).
 */
public interface AdjudicationRepository {

    /** Every decision on pairs of these two analysts, in any document, canonical. */
    List<PairDecision> between(long analyst1, long analyst2);

    /** Every decision with a side of that label, canonical (a label merge rewrites them). */
    List<PairDecision> naming(long labelId);

    /** The decision on that pair, canonical; empty when it is undecided. */
    Optional<PairDecision> find(PairKey pair);

    /**
     * Holds {@code pair} until the current transaction ends, so that two adjudicators deciding it
     * at the same moment take turns and the second sees the first's decision. (A project file has
     * one writer at a time already.) Only inside a transaction.
     */
    void lockPair(PairKey pair);

    /** Records {@code decision}, replacing an earlier decision on the same pair. */
    void put(PairDecision decision);

    /** Forgets the decision on that pair; nothing happens when there is none. */
    void remove(PairKey pair);

    /** Where the compare window was last left; empty when it never was. */
    Optional<ComparePosition> position();

    void savePosition(ComparePosition position);
}
