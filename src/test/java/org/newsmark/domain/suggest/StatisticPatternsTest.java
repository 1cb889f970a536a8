package org.newsmark.domain.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsmark.domain.suggest.Detected.one;
import static org.newsmark.domain.suggest.Detected.statistics;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statistics (docs/suggestions.md and the gold set's GUIDE-NOTES): counted nouns after
 * adjectives, counts whose noun was said before, ratios with "of", tallies, race times,
 * temperatures, durations of several units, approximation words, and what stays out ("two years
 * ago", a year before a noun). Example sentences written for these tests.
 */
class StatisticPatternsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The depot runs 48 electric buses. | 48 electric buses",
        "The ward has 20 high dependency beds. | 20 high dependency beds",
        "Around 30 or so fishing boats stayed in port. | Around 30 or so fishing boats",
        "Almost one in four of the city's buses ran late. | Almost one in four of the city's buses",
        "Engineers replaced three of its five engines. | three of its five engines",
        "The odds of a deal are one in three. | one in three",
        "The bill passed by a margin of three to one. | three to one",
        "She won the race in 2:21:45 on Sunday. | 2:21:45",
        "It reached 31C on Tuesday afternoon. | 31C",
        "He finished in 1 hour, 12 minutes and 3 seconds. | 1 hour, 12 minutes and 3 seconds",
        "The margin of error is plus or minus 3 points. | plus or minus 3 points",
        "Trains run every 10 to 15 minutes. | every 10 to 15 minutes",
        "A storm like this comes once in 50 years. | once in 50 years",
        "More than a third of the staff left. | More than a third of the staff",
        "Rates rose by a quarter of a percentage point. | a quarter of a percentage point",
        "Half of them left before noon. | Half of them",
        "The government offered fewer than 200. | fewer than 200",
    })
    void oneStatistic(String text, String span) {
        assertEquals(List.of(span), statistics(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The school has 12 classrooms but teachers for only eight. | 12 classrooms | eight",
        "Police said 40 fans were hurt and that six were taken to hospital. | 40 fans | six",
        "Prices rose 4% after 2.5% a year earlier. | 4% | 2.5%",
        "Membership has fallen from 4,000 to 2,500 members. | 4,000 | 2,500 members",
    })
    void twoStatistics(String text, String first, String second) {
        assertEquals(List.of(first, second), statistics(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The mill closed 20 years ago.",
        "She won the 2019 world championships.",
        "Children under 18 travel free.",
        "The bus left at 7 and came back at 9.",
    })
    void noStatistic(String text) {
        assertEquals(List.of(), statistics(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Twelve people came at 7. | Twelve people",
        "Two men, aged 24 and 31, were held. | Two men",
    })
    void aBareNumberThatIsATimeOrAnAgeStaysOut(String text, String span) {
        assertEquals(List.of(span), statistics(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Engineers replaced three of its five engines. | three of its five engines | 0.6 | engines",
        "It reached 31C on Tuesday afternoon. | 31C | 31 | \u00B0c",
        "Almost one in four of the city's buses ran late. | Almost one in four of the city's buses | 0.25 | buses",
    })
    void theirFields(String text, String span, String value, String unit) {
        Suggestion s = one(text, SuggestionKind.STATISTIC, span);
        assertEquals(value, s.fields().get("value"));
        assertEquals(unit, s.fields().get("unit"));
    }
}
