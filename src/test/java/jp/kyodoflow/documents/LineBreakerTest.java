package jp.kyodoflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every character one unit wide, lines five units wide. */
class LineBreakerTest {

    private static List<String> wrap(String text) {
        return LineBreaker.wrap(text, 5, cp -> 1);
    }

    @Test
    void breaksJapaneseBetweenAnyTwoCharacters() {
        assertThat(wrap("あいうえおかきくけこさ")).containsExactly("あいうえお", "かきくけこ", "さ");
    }

    @Test
    void neverStartsALineWithPunctuationOrAClosingBracket() {
        assertThat(wrap("あいうえお。かきくけこ")).containsExactly("あいうえ", "お。かきく", "けこ");
        assertThat(wrap("あいう「え」、かき")).containsExactly("あいう", "「え」、か", "き");
    }

    @Test
    void neverEndsALineWithAnOpeningBracket() {
        assertThat(wrap("あいうえ「おか」")).containsExactly("あいうえ", "「おか」");
    }

    @Test
    void keepsARunOfDigitsAndLettersTogetherWhenItFitsALine() {
        assertThat(wrap("あいう350円")).containsExactly("あいう", "350円");
        assertThat(wrap("あ SA-12 い")).containsExactly("あ", "SA-12", "い");
    }

    @Test
    void splitsARunLongerThanALine() {
        assertThat(wrap("https://example")).containsExactly("https", "://ex", "ample");
    }

    @Test
    void keepsEveryCharacterAndNoLineIsTooWide() {
        String text = "（1）「見守り」の拠点、こども食堂。ー・ABCDEFGH 12,345,678円ぁぃぅ";
        List<String> lines = wrap(text);
        assertThat(lines).allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(5));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Test
    void anEmptyTextIsOneEmptyLine() {
        assertThat(wrap("")).containsExactly("");
    }
}
