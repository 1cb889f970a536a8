package org.newsmark.io.xmi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Source;
import org.newsmark.io.ImportException;
import org.newsmark.io.codebook.CodebookJson;
import org.newsmark.io.exchange.ExchangeRead;

/**
 * Reads UIMA CAS XMI: a zip {@link XmiWriter} wrote; a zip of an INCEpTION project exported with
 * the format "UIMA CAS XMI" (each {@code annotation/<document>/<user>.zip} holding the user's XMI and
 * its TypeSystem.xml); a zip of .xmi files with a TypeSystem.xml at the root or beside them; or one
 * .xmi file with TypeSystem.xml beside it. In an INCEpTION project archive, a document and user
 * with no XMI is read from its binary CAS, {@code annotation_ser/<document>/<user>.ser}
 * ({@link SerializedUnits}, {@link SerializedCas}). The user named by the file is the analyst; INCEpTION's
 * INITIAL_CAS gives the article alone. How each layer maps: {@link ProjectAssembly}.
 */
public final class XmiReader {

    private XmiReader() {
    }

    public static ExchangeRead read(Path file) throws ImportException {
        String fileName = file.getFileName().toString();
        byte[] head = head(file, fileName);
        if (BoundedZip.looksLikeZip(head)) {
            return readZip(file, fileName);
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".xmi")) {
            return readSingle(file, fileName);
        }
        throw new ImportException(fileName, "is neither a zip archive nor an .xmi file");
    }

    private static ExchangeRead readZip(Path file, String fileName) throws ImportException {
        List<BoundedZip.Entry> entries;
        try (InputStream in = Files.newInputStream(file)) {
            entries = BoundedZip.read(in, fileName);
        } catch (IOException e) {
            throw new ImportException(fileName, "could not be read: " + e.getMessage());
        }
        Codebook codebook = new Codebook(List.of(), List.of(), List.of());
        List<Source> sources = List.of();
        for (BoundedZip.Entry e : entries) {
            if (e.name().equals(XmiWriter.CODEBOOK)) {
                codebook = CodebookJson.read(e.bytes(), fileName + ": " + e.name());
            } else if (e.name().equals(SourcesJson.ENTRY) || e.name().equals(SourcesJson.LEGACY_ENTRY)) {
                sources = SourcesJson.read(e.bytes(), fileName + ": " + e.name());
            }
        }
        ProjectAssembly assembly = new ProjectAssembly(baseName(fileName), codebook, sources);
        List<XmiUnit> units = units(entries, fileName, assembly);
        Set<String> xmiKeys = new HashSet<>();
        units.stream().filter(u -> u.user() != null).forEach(u -> xmiKeys.add(u.article() + "/" + u.user()));
        List<SerializedUnits.Ser> binary = SerializedUnits.find(entries, fileName, xmiKeys, assembly);
        if (units.isEmpty() && binary.isEmpty()) {
            throw new ImportException(fileName, "holds no .xmi file and no annotation_ser/<document>/<user>.ser; export the"
                    + " INCEpTION project as a whole, or with the format \"UIMA CAS XMI (XML 1.0)\"");
        }
        for (XmiUnit u : units) {
            XmiCas.Read r = XmiCas.read(u.typeSystem(), u.typeSystemName(), u.xmi(), u.xmiName());
            assembly.add(u, r.cas(), r.roles());
        }
        if (!binary.isEmpty()) {
            Map<String, Map<String, FeatureRole>> roles = SerializedUnits.roles(entries, fileName);
            AtomicLong budget = new AtomicLong(BoundedZip.MAX_INFLATED_BYTES - entries.stream().mapToLong(e -> e.bytes().length).sum());
            for (SerializedUnits.Ser s : binary) {
                assembly.add(s.unit(), SerializedCas.read(s.bytes(), s.unit().xmiName(), budget), roles);
            }
        }
        return assembly.result();
    }

    private static ExchangeRead readSingle(Path file, String fileName) throws ImportException {
        Path folder = file.toAbsolutePath().getParent();
        Path typeSystem = Optional.ofNullable(sibling(folder, "TypeSystem.xml")).orElse(sibling(folder, "typesystem.xml"));
        if (typeSystem == null) {
            throw new ImportException(fileName, "has no TypeSystem.xml beside it; INCEpTION writes one with every XMI");
        }
        byte[] xmi = bounded(file, fileName);
        byte[] ts = bounded(typeSystem, typeSystem.getFileName().toString());
        String base = baseName(fileName);
        ProjectAssembly assembly = new ProjectAssembly(base, new Codebook(List.of(), List.of(), List.of()), List.of());
        XmiUnit u = new XmiUnit(base, null, fileName, xmi, typeSystem.getFileName().toString(), ts);
        XmiCas.Read r = XmiCas.read(ts, u.typeSystemName(), xmi, fileName);
        assembly.add(u, r.cas(), r.roles());
        return assembly.result();
    }

    /** The XMI files of the zip with their type systems; a user's zip inside an INCEpTION export is opened. */
    private static List<XmiUnit> units(List<BoundedZip.Entry> entries, String fileName, ProjectAssembly assembly)
            throws ImportException {
        List<XmiUnit> out = new ArrayList<>();
        long nestedBytes = 0;
        for (BoundedZip.Entry e : entries) {
            String name = e.name();
            String lower = name.toLowerCase(Locale.ROOT);
            String[] parts = name.split("/");
            boolean inAnnotation = parts.length == 3 && parts[0].equals("annotation");
            if (lower.startsWith("curation/") && (lower.endsWith(".xmi") || lower.endsWith(".zip"))) {
                assembly.notTaken(fileName + ": " + name + " (INCEpTION's curated result) not taken");
            } else if (lower.endsWith(".xmi")) {
                BoundedZip.Entry ts = typeSystemFor(entries, name).orElseThrow(() -> new ImportException(fileName,
                        name + " has no TypeSystem.xml beside it or at the root"));
                String article = parts.length >= 2 ? parts[parts.length - 2] : baseName(parts[0]);
                String user = inAnnotation ? baseName(parts[2]) : null;
                out.add(new XmiUnit(article, user, fileName + ": " + name, e.bytes(), fileName + ": " + ts.name(), ts.bytes()));
            } else if (inAnnotation && lower.endsWith(".zip")) {
                List<BoundedZip.Entry> inner = BoundedZip.read(new ByteArrayInputStream(e.bytes()), fileName + ": " + name,
                        BoundedZip.MAX_INFLATED_BYTES - nestedBytes);
                for (BoundedZip.Entry i : inner) {
                    nestedBytes += i.bytes().length;
                }
                String where = fileName + ": " + name;
                BoundedZip.Entry xmi = inner.stream().filter(i -> i.name().toLowerCase(Locale.ROOT).endsWith(".xmi"))
                        .findFirst().orElseThrow(() -> new ImportException(where, "holds no .xmi file"));
                BoundedZip.Entry ts = inner.stream().filter(i -> isTypeSystem(i.name())).findFirst()
                        .orElseThrow(() -> new ImportException(where, "holds no TypeSystem.xml"));
                out.add(new XmiUnit(parts[1], baseName(parts[2]), where + ": " + xmi.name(), xmi.bytes(),
                        where + ": " + ts.name(), ts.bytes()));
            }
        }
        return out;
    }

    private static Optional<BoundedZip.Entry> typeSystemFor(List<BoundedZip.Entry> entries, String xmi) {
        String folder = xmi.contains("/") ? xmi.substring(0, xmi.lastIndexOf('/') + 1) : "";
        Optional<BoundedZip.Entry> beside = entries.stream()
                .filter(e -> e.name().startsWith(folder) && e.name().indexOf('/', folder.length()) < 0 && isTypeSystem(e.name()))
                .findFirst();
        return beside.isPresent() ? beside : entries.stream().filter(e -> !e.name().contains("/") && isTypeSystem(e.name()))
                .findFirst();
    }

    private static boolean isTypeSystem(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        return last.equalsIgnoreCase("TypeSystem.xml");
    }

    private static byte[] head(Path file, String fileName) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4);
        } catch (IOException e) {
            throw new ImportException(fileName, "could not be read: " + e.getMessage());
        }
    }

    private static byte[] bounded(Path file, String fileName) throws ImportException {
        try {
            if (Files.size(file) > BoundedZip.MAX_INFLATED_BYTES) {
                throw new ImportException(fileName, "is larger than " + (BoundedZip.MAX_INFLATED_BYTES >> 20) + " MiB");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(fileName, "could not be read: " + e.getMessage());
        }
    }

    private static Path sibling(Path folder, String name) {
        Path p = folder == null ? Path.of(name) : folder.resolve(name);
        return Files.isRegularFile(p) ? p : null;
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
