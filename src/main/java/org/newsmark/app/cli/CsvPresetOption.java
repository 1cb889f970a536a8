package org.newsmark.app.cli;

import org.newsmark.io.csv.CsvPreset;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --preset data|spreadsheet} for every command that writes CSV (decision 13), with the
 * older {@code --excel} (= spreadsheet) and {@code --raw} (= data) kept as aliases. Options that
 * contradict each other are a usage error.
 */
final class CsvPresetOption {

    @Option(names = "--preset", paramLabel = "data|spreadsheet",
            description = "CSV: data (the default; pandas, R, Python: UTF-8, LF, every value exactly as in the"
                    + " article) or spreadsheet (Excel, LibreOffice: UTF-8 with byte-order mark, CRLF, and a leading '"
                    + " on text a spreadsheet would run as a formula; numbers and percentages are never altered).")
    String preset;

    @Option(names = "--excel", description = "Same as --preset spreadsheet.")
    boolean excel;

    @Option(names = "--raw", description = "Same as --preset data.")
    boolean raw;

    CsvPreset resolve(CommandLine commandLine) {
        if (excel && raw) {
            throw new CommandLine.ParameterException(commandLine,
                    "--raw and --excel contradict each other: use --preset data or --preset spreadsheet");
        }
        CsvPreset alias = excel ? CsvPreset.SPREADSHEET : raw ? CsvPreset.DATA : null;
        if (preset == null) {
            return alias == null ? CsvPreset.DEFAULT : alias;
        }
        CsvPreset chosen;
        try {
            chosen = CsvPreset.of(preset);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine,
                    "--preset must be " + CsvPreset.names() + ", not '" + preset + "'");
        }
        if (alias != null && alias != chosen) {
            throw new CommandLine.ParameterException(commandLine, (excel ? "--excel" : "--raw") + " means --preset "
                    + alias.id() + ", which contradicts --preset " + chosen.id());
        }
        return chosen;
    }
}
