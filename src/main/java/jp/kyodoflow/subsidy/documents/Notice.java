package jp.kyodoflow.subsidy.documents;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What a municipal notice says, before it is laid out: number and date, addressee and issuer, the title, the
 * body, the items below 記 as a table, closing notes and the section to ask.
 */
record Notice(String documentNumber, LocalDate issuedOn, Addressee to, Letterhead from, String title, List<String> body,
              List<Row> rows, List<String> notes) {

    Notice {
        body = List.copyOf(body);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** One row of the table: a label and its entries, each a paragraph (numbered with a marker such as (1)). */
    record Row(String label, List<Entry> entries) {

        Row {
            entries = List.copyOf(entries);
        }

        static Row of(String label, String... texts) {
            return new Row(label, Arrays.stream(texts).map(Entry::plain).toList());
        }
    }

    record Entry(String marker, String text) {

        static Entry plain(String text) {
            return new Entry("", text);
        }
    }
}
