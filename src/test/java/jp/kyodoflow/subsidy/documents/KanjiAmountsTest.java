package jp.kyodoflow.subsidy.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KanjiAmountsTest {

    @ParameterizedTest(name = "{0} yen is {1}")
    @CsvSource({
            "0, 金零円也",
            "1, 金壱円也",
            "10, 金壱拾円也",
            "11, 金壱拾壱円也",
            "100, 金壱百円也",
            "1000, 金壱千円也",
            "10000, 金壱万円也",
            "10001, 金壱万壱円也",
            "70000, 金七万円也",
            "280000, 金弐拾八万円也",
            "350000, 金参拾五万円也",
            "1000000, 金壱百万円也",
            "1500000, 金壱百五拾万円也",
            "12345678, 金壱千弐百参拾四万五千六百七拾八円也",
            "100000000, 金壱億円也",
            "100010000, 金壱億壱万円也",
            "9223372036854775807, 金九百弐拾弐京参千参百七拾弐兆参百六拾八億五千四百七拾七万五千八百七円也"
    })
    void writesTheAmountInFormalNumerals(long yen, String words) {
        assertThat(KanjiAmounts.of(yen)).isEqualTo(words);
    }

    @Test
    void refusesANegativeAmount() {
        assertThatThrownBy(() -> KanjiAmounts.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
