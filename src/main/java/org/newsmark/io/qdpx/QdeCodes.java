package org.newsmark.io.qdpx;

import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Element;

/** The code tree of a .qde or .qdc, flattened: each code by GUID with its path of names and whether it is codable. */
final class QdeCodes {

    record Code(String guid, String path, boolean codable, String color, String description) {
    }

    final Map<String, Code> byGuid = new LinkedHashMap<>();

    QdeCodes(Element codes) {
        for (Element c : RefiXml.children(codes, "Code")) {
            add(c, null);
        }
    }

    private void add(Element e, String parentPath) {
        String name = e.getAttribute("name");
        String path = parentPath == null ? name : parentPath + "/" + name;
        // the schema requires isCodable; a file without it is taken as codable, as QualCoder does
        boolean codable = !"false".equalsIgnoreCase(e.getAttribute("isCodable").strip());
        String guid = e.getAttribute("guid").strip();
        byGuid.put(guid.toLowerCase(java.util.Locale.ROOT), new Code(guid, path, codable, RefiXml.attr(e, "color"),
                RefiXml.text(e, "Description")));
        for (Element child : RefiXml.children(e, "Code")) {
            add(child, path);
        }
    }

    Code get(String guid) {
        return guid == null ? null : byGuid.get(guid.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** A code's colour as Newsmark keeps it (#RRGGBB), a grey when it has none. */
    static String colour(String color) {
        if (color == null) {
            return "#9E9E9E";
        }
        String c = color.strip();
        if (c.matches("#[0-9A-Fa-f]{3}")) {
            c = "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
        }
        return c.matches("#[0-9A-Fa-f]{6}") ? c.toUpperCase(java.util.Locale.ROOT) : "#9E9E9E";
    }
}
