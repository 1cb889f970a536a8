package org.newsmark.domain.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsmark.domain.suggest.Detected.one;
import static org.newsmark.domain.suggest.Detected.statistics;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The annotation guide's statistics (docs/suggestions.md): what the span covers, the fields, the exclusions. */
class StatisticDetectorTest {

    @ParameterizedTest(name = "{0} -> [{1}] value {2} unit {3}")
    @CsvSource(delimiter = '|', value = {
        "More than 3,000 striking workers walked out. | More than 3,000 striking workers | 3000 | workers",
        "The plan costs $4.2 billion in total. | $4.2 billion | 4.2 | billion dollars",
        "The club spent €12m on players. | €12m | 12 | million euros",
        "Carers get £350 a week. | £350 a week | 350 | pounds a week",
        "Inflation reached 12.5% in May. | 12.5% | 12.5 | percent",
        "Inflation reached 12 per cent in May. | 12 per cent | 12 | percent",
        "Support fell by 7 percentage points overnight. | 7 percentage points | 7 | percentage points",
        "The limit is 40 km/h near schools. | 40 km/h | 40 | km/h",
        "Twelve people were hurt. | Twelve people | 12 | people",
        "Farmers harvested three million tonnes of wheat. | three million tonnes | 3 | million tonnes",
        "Sales rose by 4% last year. | 4% | 4 | percent",
        "Roughly 200 residents attended. | Roughly 200 residents | 200 | residents",
        "Up to 1,500 jobs could go. | Up to 1,500 jobs | 1500 | jobs",
        "The bill was 4,5 percent higher. | 4,5 percent | 4.5 | percent",
        "Some twenty-five families left. | Some twenty-five families | 25 | families",
    })
    void aFigureRunsFromItsApproximatorOrCurrencyToItsUnitOrNoun(String text, String span, String value, String unit) {
        Suggestion s = one(text, SuggestionKind.STATISTIC, span);
        assertEquals(Map.of("value", value, "unit", unit), s.fields());
        assertEquals(List.of(span), statistics(text), "nothing else in: " + text);
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        "Prices rose between 10 and 15 per cent. | between 10 and 15 per cent | 10 | percent",
        "Sentences of 10–15 years were handed down. | 10–15 years | 10 | years",
        "It will cost from 3 to 5 million euros. | from 3 to 5 million euros | 3 | million euros",
    })
    void aRangeIsOneSpanValuedByItsLowerBound(String text, String span, String value, String unit) {
        assertEquals(Map.of("value", value, "unit", unit), one(text, SuggestionKind.STATISTIC, span).fields());
        assertEquals(List.of(span), statistics(text));
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        "One in five adults smoke. | One in five adults | 0.2 | adults",
        "Two out of three voters agreed. | Two out of three voters | 0.6667 | voters",
        "A third of households have no car. | A third of households | 0.3333 | households",
        "Only half of the respondents answered. | half of the respondents | 0.5 | respondents",
    })
    void ratiosAndFractionsAreValuedAsDecimals(String text, String span, String value, String unit) {
        assertEquals(Map.of("value", value, "unit", unit), one(text, SuggestionKind.STATISTIC, span).fields());
    }

    @Test
    void aVagueAmountIsAStatisticOnlyWithWhatItCounts() {
        String text = "Dozens of families were moved. Many came and a few left, and dozens stayed.";
        assertEquals(List.of("Dozens of families"), statistics(text));
        assertEquals(Map.of("unit", "families"), one(text, SuggestionKind.STATISTIC, "Dozens of families").fields());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The law was passed in 2023.",
        "They met on 5 March and again on March 7.",
        "Music from the 1990s was played.",
        "The session opened at 10:30 and closed at 5pm.",
        "Ana Ruiz, 45, was elected.",
        "It was the 2nd time she won.",
        "Article 5 of the treaty applies.",
        "Cases of COVID-19 were reported.",
        "Leaders of the G7 met near the M25.",
        "It is one of the reasons she left.",
        "Call 0207 946 0958 for details.",
        "See page 12 and section 3.",
        "A 45-year-old man was arrested.",
        "Many came, a few left.",
        "The bus left at 7 and came back at 9.",
    })
    void datesYearsTimesAgesOrdinalsCodesAndPronounsAreNotStatistics(String text) {
        assertEquals(List.of(), statistics(text), text);
    }

    @Test
    void aYearNextToAFigureIsLeftOutOfIt() {
        String text = "Turnout was 61% this year, up from 48% in 2019.";
        assertEquals(List.of("61%", "48%"), statistics(text));
    }

    @Test
    void figuresWrittenWithSeparatorsCountEvenBare() {
        assertEquals(List.of("1,250,000"), statistics("The index closed at 1,250,000 on Friday."));
        assertEquals(Map.of("value", "1250000"), one("The index closed at 1,250,000 on Friday.", SuggestionKind.STATISTIC,
                "1,250,000").fields());
    }

    @Test
    void numberValuesAreNormalisedToPlainDecimals() {
        assertEquals("3000", NumberReader.digits("3,000"));
        assertEquals("1234.5", NumberReader.digits("1,234.5"));
        assertEquals("1234.5", NumberReader.digits("1.234,5"));
        assertEquals("4.5", NumberReader.digits("4,5"));
        assertEquals("1234567", NumberReader.digits("1.234.567"));
        assertEquals("0.6667", NumberReader.ratio("2", "3"));
    }
}
