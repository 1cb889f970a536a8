package org.newsmark.service;

import org.newsmark.domain.Link;

/** A link as it was and as it became, after the change is committed: null before = made, null after = removed. */
public record LinkChange(Link before, Link after) {
}
