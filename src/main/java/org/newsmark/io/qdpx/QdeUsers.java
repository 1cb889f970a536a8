package org.newsmark.io.qdpx;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Analyst;
import org.w3c.dom.Element;

/** The project's Users by GUID, and the analysts made of them, numbered in the order their codings are met. */
final class QdeUsers {

    private final QdeFile file;
    private final boolean ours;
    private final Map<String, String> nameByGuid = new HashMap<>();
    private final Map<String, Analyst> analysts = new LinkedHashMap<>();

    QdeUsers(QdeFile file, boolean ours) {
        this.file = file;
        this.ours = ours;
        for (Element u : RefiXml.children(RefiXml.child(file.root, "Users"), "User")) {
            nameByGuid.put(QdeFile.key(u.getAttribute("guid")),
                    u.getAttribute("name").isBlank() ? u.getAttribute("guid") : u.getAttribute("name"));
        }
    }

    /** The users' names. */
    Collection<String> names() {
        return nameByGuid.values();
    }

    /** The analyst of a user GUID; an unknown or missing user is the analyst named after the file's origin. */
    Analyst analyst(String userGuid, String where) {
        String name = userGuid == null ? null : nameByGuid.get(QdeFile.key(userGuid));
        if (name == null) {
            if (userGuid != null && !ours) {
                file.notTaken(where + ": user " + userGuid + " is not among the file's users; its coding is "
                        + file.fallbackName() + "'s");
            }
            name = file.fallbackName();
        }
        return named(name);
    }

    /** The analyst of that name, made when first met. */
    Analyst named(String name) {
        return analysts.computeIfAbsent(name, n -> new Analyst(analysts.size() + 1, n));
    }

    List<Analyst> all() {
        return List.copyOf(analysts.values());
    }
}
