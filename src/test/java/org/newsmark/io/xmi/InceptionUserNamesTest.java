package org.newsmark.io.xmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.Analyst;

/** Analysts' names as INCEpTION user names: valid by INCEpTION's default rules, unique, the same every time. */
class InceptionUserNamesTest {

    private static List<String> names(String... analysts) {
        List<Analyst> list = LongStream.range(0, analysts.length).mapToObj(i -> new Analyst(i + 1, analysts[(int) i])).toList();
        InceptionUserNames n = new InceptionUserNames(list);
        return list.stream().map(a -> n.of(a.id())).toList();
    }

    @Test
    void spacesAndSlashesBecomeOneUnderscoreAndTrailingPunctuationGoes() {
        assertEquals(List.of("Ana_Reyes", "Ben_B", "J._Doe"), names("Ana Reyes", "Ben / B.", "  J. Doe  "));
    }

    @Test
    void lettersOfAnyScriptStayAndAreComposed() {
        assertEquals(List.of("Zoë_Ødegård", "王芳_analyst", "Café"), names("Zoë Ødegård", "王芳", "Cafe\u0301"));
    }

    @Test
    void duplicatesIgnoringCaseGetANumberAndReservedNamesAreAvoided() {
        assertEquals(List.of("Ana_Reyes", "ana_reyes_2", "ANA-REYES", "INITIAL_CAS_2", "admin_2", "anonymousUser_2"),
                names("Ana Reyes", "ana reyes", "ANA-REYES", "INITIAL_CAS", "admin", "anonymousUser"));
    }

    @Test
    void shortEmptyAndOverlongNamesAreMadeValid() {
        List<String> n = names("Al", "😀 !", "-.x", "w".repeat(90));
        assertEquals(List.of("Al_analyst", "analyst", "x_analyst", "w".repeat(60)), n);
    }

    @Test
    void theSameAnalystsGiveTheSameNamesWhateverTheirOrder() {
        Analyst a = new Analyst(7, "Ana Reyes");
        Analyst b = new Analyst(3, "ana reyes");
        InceptionUserNames one = new InceptionUserNames(List.of(a, b));
        InceptionUserNames two = new InceptionUserNames(List.of(b, a));
        assertEquals(one.of(7), two.of(7));
        assertEquals("ana_reyes", one.of(3), "the lower id comes first");
        assertEquals("Ana_Reyes_2", one.of(7));
    }

    @Test
    void everyNameMeetsInceptionsDefaultUsernameRules() {
        for (String name : names("a b\tc", "x^y/z\\&*?+$![]<>:\"|", "\u0007bell", "..dots", "-dash", "名前 です")) {
            assertTrue(name.length() >= 4 && name.length() <= 64, name);
            assertTrue(name.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)), name);
            assertTrue(name.chars().noneMatch(c -> "^/\\&*?+$![]<>:\"|\0".indexOf(c) >= 0), name);
            assertTrue(name.charAt(0) != '-' && name.charAt(0) != '.', name);
        }
    }
}
