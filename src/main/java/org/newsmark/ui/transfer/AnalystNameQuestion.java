package org.newsmark.ui.transfer;

import java.nio.file.Path;
import java.util.Set;
import org.newsmark.ui.common.DialogService;

/**
 * Asks a new name for an incoming analyst whose name this project has (a merge, an import from
 * another tool), until the answer is free or is the clashing name itself (to add the tags to ours,
 * knowingly); null cancels.
 */
final class AnalystNameQuestion {

    private AnalystNameQuestion() {
    }

    /** {@code proposal}: the name offered first (the command line's choice, "NAME (FILE)"). */
    static String ask(DialogService dialogs, String name, Path other, String proposal, Set<String> taken) {
        String problem = "";
        while (true) {
            String answer = dialogs.askText("Analyst name taken", problem + "This project already has an analyst named “"
                            + name + "”.\nGive the analyst from " + other.getFileName() + " another name (or keep “" + name
                            + "” to add the tags to theirs).", "Name:", proposal)
                    .map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
            if (answer == null || answer.equals(name) || !taken.contains(answer)) {
                return answer;
            }
            problem = "“" + answer + "” is another analyst's name.\n";
            proposal = answer;
        }
    }
}
