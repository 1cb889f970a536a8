package org.newsmark.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {

    @Test
    void agreesWithTheJdkBothWaysOnRandomInstants() {
        Random r = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            long seconds = (long) (r.nextDouble() * 253_402_300_799L);
            int nanos = switch (r.nextInt(4)) {
                case 0 -> 0;
                case 1 -> r.nextInt(1000) * 1_000_000;
                case 2 -> r.nextInt(1_000_000) * 1000;
                default -> r.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(seconds, nanos);
            String jdk = t.toString();
            assertEquals(jdk, IsoInstants.format(t));
            assertEquals(t, IsoInstants.parse(jdk));
            assertEquals(t, IsoInstants.parse(jdk.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), jdk);
        }
        Instant before1970 = Instant.parse("1969-12-31T23:59:59.999Z");
        assertEquals(before1970.toString(), IsoInstants.format(before1970));
    }

    @Test
    void leavesAnythingElseToTheJdk() {
        assertEquals(Instant.parse("2026-01-02T03:04:05.123456Z"), IsoInstants.parse("2026-01-02T03:04:05.123456Z"));
        assertThrows(DateTimeParseException.class, () -> IsoInstants.parse("2026-02-31T00:00:00Z"));
        assertThrows(DateTimeParseException.class, () -> IsoInstants.parse("2026-1x-01T00:00:00Z"));
    }

    @Test
    void readsEveryDayOfTheStoredFormFromBytesAsTheJdkDoes() {
        // each day from 1969 to 2401, leap days and month ends included, at a whole second and with milliseconds
        for (long day = -366; day < 157_000; day++) {
            Instant t = Instant.ofEpochSecond(day * 86_400 + 86_399, 7_000_000);
            for (String s : new String[] {t.toString(), t.minusMillis(7).toString()}) {
                assertEquals(Instant.parse(s), IsoInstants.parse(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), s);
            }
        }
    }

    @Test
    void refusesFromBytesWhatItRefusesFromText() {
        for (String bad : new String[] {"2026-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-1x-01T00:00:00Z",
                "2026-01-01T25:00:00Z", "2026-01-01 00:00:00Z", "", "2026-13-01T00:00:00.000Z"}) {
            assertThrows(DateTimeParseException.class,
                    () -> IsoInstants.parse(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)), bad);
        }
        assertEquals(Instant.parse("2024-02-29T12:00:00Z"), IsoInstants.parse("2024-02-29T12:00:00Z".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)));
    }
}
