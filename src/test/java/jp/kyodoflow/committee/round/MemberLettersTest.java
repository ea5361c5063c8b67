package jp.kyodoflow.committee.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Anonymised members are 委員A … 委員Z, then 委員AA, 委員AB … (never 委員[ after the 26th). */
class MemberLettersTest {

    @Test
    void lettersGoOnPastZ() {
        assertThat(IntStream.of(0, 1, 25, 26, 27, 51, 52, 701, 702).mapToObj(ExportLabels::letters))
                .containsExactly("A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA");
    }
}
