package org.newsmark.service.port;

import org.newsmark.domain.ServerAddress;

/**
 * Team projects kept in a PostgreSQL database. {@code password} is null to use the user's pgpass
 * file (or none, where the server trusts the login); Newsmark never stores it.
 */
public interface ServerProjects {

    /** The project in the database at {@code address}, as the analyst its login belongs to. */
    ProjectStore open(ServerAddress address, char[] password) throws ProjectRefusedException;

    /** The same, for reading only: nothing is written, not even the analyst's row. */
    ProjectStore openReadOnly(ServerAddress address, char[] password) throws ProjectRefusedException;
}
