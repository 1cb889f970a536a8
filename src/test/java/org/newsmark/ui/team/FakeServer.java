package org.newsmark.ui.team;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.ServerAddress;
import org.newsmark.service.port.PasswordNeededException;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.service.port.ProjectStore;
import org.newsmark.service.port.ServerProjects;
import org.newsmark.storage.SqliteProjectStores;

/**
 * A team server for UI tests until the PostgreSQL backend lands: a project file behind a
 * password, named as the backend names a team project ({@link ServerAddress#displayName()}) and
 * with no file, as a server project has none.
 */
public final class FakeServer implements ServerProjects {

    private final Path file;
    private final String password;
    /** What each try was given (null: the pgpass file), copied before the caller clears it. */
    public final List<String> tries = new ArrayList<>();

    /** @param password what the server wants; null: it trusts the login */
    public FakeServer(Path file, String password) {
        this.file = file;
        this.password = password;
    }

    @Override
    public synchronized ProjectStore open(ServerAddress address, char[] given) throws ProjectRefusedException {
        tries.add(given == null ? null : new String(given));
        if (password != null && (given == null || !Arrays.equals(given, password.toCharArray()))) {
            throw new PasswordNeededException("The server asks " + address.userName().orElse("you") + " for a password.",
                    given != null);
        }
        return named(new SqliteProjectStores().open(file), address.displayName());
    }

    @Override
    public ProjectStore openReadOnly(ServerAddress address, char[] given) throws ProjectRefusedException {
        throw new ProjectRefusedException("not in this fake");
    }

    private static ProjectStore named(ProjectStore store, String name) {
        return (ProjectStore) Proxy.newProxyInstance(ProjectStore.class.getClassLoader(), new Class<?>[] {ProjectStore.class},
                (proxy, method, args) -> {
                    if (method.getParameterCount() == 0 && method.getName().equals("name")) {
                        return name;
                    }
                    if (method.getParameterCount() == 0 && method.getName().equals("file")) {
                        return Optional.empty();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
