package org.newsmark.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a team project lives: {@code postgresql://[user@]host[:port]/database}, the form libpq and
 * psql take. A password never belongs in it (docs/team.md: a pgpass file or the prompt).
 */
public record ServerAddress(String user, String host, int port, String database) {

    public static final int DEFAULT_PORT = 5432;

    private static final Pattern FORM = Pattern.compile(
            "(?:postgresql|postgres)://(?:([^@:/?#\\s]+)@)?(\\[[0-9A-Fa-f:.]+\\]|[^@:/?#\\s\\[\\]]+)(?::(\\d{1,5}))?/([^/?#\\s]+)");

    public ServerAddress {
        if (host == null || host.isBlank() || database == null || database.isBlank()) {
            throw new IllegalArgumentException("a team project needs a host and a database");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
        user = user == null || user.isBlank() ? null : user;
    }

    /** Whether {@code where} names a server rather than a file (it starts with {@code postgresql://}). */
    public static boolean looksLike(String where) {
        return where != null && (where.startsWith("postgresql://") || where.startsWith("postgres://"));
    }

    /** The address in {@code text}, or a message saying what is wrong with it, fit to show as it is. */
    public static ServerAddress parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!looksLike(t)) {
            throw new IllegalArgumentException("\"" + t + "\" is not a server address: it starts with postgresql://");
        }
        if (t.matches("[^/]*//[^/@]*:[^/@]*@.*")) {
            throw new IllegalArgumentException("a password does not belong in the address: Newsmark asks for it, or reads it"
                    + " from your pgpass file (see docs/team.md)");
        }
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + t + "\" is not of the form postgresql://user@host:port/database");
        }
        int port = m.group(3) == null ? DEFAULT_PORT : Integer.parseInt(m.group(3));
        return new ServerAddress(m.group(1), m.group(2), port, m.group(4));
    }

    public Optional<String> userName() {
        return Optional.ofNullable(user);
    }

    /** The same server and database, logged in as {@code other}. */
    public ServerAddress as(String other) {
        return new ServerAddress(other, host, port, database);
    }

    /** How messages and title bars name the project: {@code database on host}. */
    public String displayName() {
        return database + " on " + host + (port == DEFAULT_PORT ? "" : ":" + port);
    }

    @Override
    public String toString() {
        return "postgresql://" + (user == null ? "" : user + "@") + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database;
    }
}
