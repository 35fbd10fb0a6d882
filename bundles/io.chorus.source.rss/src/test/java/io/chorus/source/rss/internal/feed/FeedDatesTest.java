package io.chorus.source.rss.internal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Thu, 01 Jan 2004 19:48:21 GMT      | 2004-01-01T19:48:21Z",
        "Thu, 01 Jan 2004 19:48 EST         | 2004-01-02T00:48:00Z",
        "01 Jan 04 19:48:21 +0200           | 2004-01-01T17:48:21Z",
        "Thu, 1 January 1970 00:00:00 Z      | 1970-01-01T00:00:00Z",
        "Wed, 31-Dec-69 23:59:59 PST        | 1970-01-01T07:59:59Z",
        "Thu,01 Jan 2004 19:48:21 +02:00    | 2004-01-01T17:48:21Z",
        "Sun, 5 Sept 2021 10:00:00 MSK      | 2021-09-05T07:00:00Z",
        "Thu, 01 Jan 2004                   | 2004-01-01T00:00:00Z",
        "Thu Jan 01 19:48:21 GMT 2004       | 2004-01-01T19:48:21Z",
        "January 1, 2004 7:48               | 2004-01-01T07:48:00Z",
        "2003-12-31T10:14:55Z               | 2003-12-31T10:14:55Z",
        "2003-12-31T10:14:55.123-08:00      | 2003-12-31T18:14:55.123Z",
        "2003-12-31 10:14                   | 2003-12-31T10:14:00Z",
        "2003-12-31                         | 2003-12-31T00:00:00Z",
        "20031231T101455Z                   | 2003-12-31T10:14:55Z",
        "2003-12                            | 2003-12-01T00:00:00Z",
        "2003-12-31T24:00:00Z               | 2004-01-01T00:00:00Z",
    })
    void reads(String text, String expected) {
        assertEquals(Instant.parse(expected), FeedDates.parse(text));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "yesterday", "32 Jan 2004 10:00:00 GMT", "Thu, 01 Foo 2004 10:00:00 GMT",
        "2004-13-01", "2004-02-30T10:00:00Z", "Thu, 01 Jan 2004 25:61:00 GMT", "01 Jan 2004 10:00:00 XYZW",
        "9999999999999999999-01-01", "2004-01-01T10:00:00+99:00"})
    void brokenIsNull(String text) {
        assertNull(FeedDates.parse(text));
    }
}
