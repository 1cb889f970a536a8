package org.newsmark.service.port;

import java.time.Instant;
import java.util.Set;
import org.newsmark.domain.LinkRejection;

/** The link disagreements consensus did not take. A read-only session on a file older than them reads none. */
public interface LinkRejectionRepository {

    /** Every rejection into {@code consensusId} in the article. */
    Set<LinkRejection> inDocument(long documentId, long consensusId);

    /** Records it (again: no change). */
    void reject(LinkRejection r, Instant at);

    /** Forgets it (accepted after all); nothing when there is none. */
    void forget(LinkRejection r);
}
