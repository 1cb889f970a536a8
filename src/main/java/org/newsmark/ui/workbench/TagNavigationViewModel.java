package org.newsmark.ui.workbench;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsmark.domain.Annotation;
import org.newsmark.ui.common.SaveStatusViewModel;

/** Moving between the shown tags by keyboard (Enter, Alt+Down, Alt+Up) and the tooltip that names them. */
final class TagNavigationViewModel {

    private final WorkbenchViewModel vm;
    private final ShownTags shownTags;
    private final SaveStatusViewModel status;

    TagNavigationViewModel(WorkbenchViewModel vm, ShownTags shownTags, SaveStatusViewModel status) {
        this.vm = vm;
        this.shownTags = shownTags;
        this.status = status;
    }

    /**
     * The tooltip over tagged text: each tag over the character, innermost first, as
     * "label: “text”" and its note on the next line.
     */
    String describe(List<Annotation> tags) {
        return tags.stream()
                .sorted(Comparator.<Annotation>comparingInt(a -> a.span().length()).thenComparing(Annotation::span))
                .map(a -> vm.labelOf(a).name() + ": \u201c" + vm.excerpt(a, 60) + "\u201d"
                        + (a.note().isBlank() ? "" : "\n    note: " + oneLine(a.note(), 160)))
                .collect(Collectors.joining("\n"));
    }

    private static String oneLine(String text, int max) {
        String t = text.strip().replaceAll("\\s*\\n\\s*", " / ");
        return t.length() <= max ? t : t.substring(0, max - 1) + "\u2026";
    }

    /** Enter: selects the innermost tag at the caret; pressed again, the next tag around it, and round. */
    void selectAt(int caret) {
        Annotation a = shownTags.at(caret, vm.selectedProperty().get());
        vm.selectedProperty().set(a);
        if (a == null) {
            status.message().set("No tag at the caret.");
        }
    }

    /** Alt+Down: selects the next tag in text order (the first after the caret when none is selected), round to the first. */
    Optional<Annotation> next(int caret) {
        return step(shownTags.next(vm.selectedProperty().get(), caret));
    }

    /** Alt+Up: selects the previous tag in text order (the last before the caret when none is selected), round to the last. */
    Optional<Annotation> previous(int caret) {
        return step(shownTags.previous(vm.selectedProperty().get(), caret));
    }

    private Optional<Annotation> step(Annotation to) {
        if (to == null) {
            status.message().set("No tags in this article yet.");
        } else {
            vm.selectedProperty().set(to);
        }
        return Optional.ofNullable(to);
    }
}
