package org.newsmark.domain;

/** How densely an article is tagged: its tags per 1,000 characters (UTF-16 units of its text). */
public record ArticleDensity(long documentId, String title, String outlet, long characters, long tags) {

    public double perThousand() {
        return characters == 0 ? 0 : tags * 1000.0 / characters;
    }
}
