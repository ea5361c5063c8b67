package jp.kyodoflow.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks one paragraph into lines of at most a given width. Japanese may break between any two characters, so
 * it does, except that a run of Latin letters, digits and signs (350,000 or SA-12) stays on one line when it
 * fits one; and the usual line-breaking rules (禁則処理) hold: a line does not start with closing brackets,
 * punctuation, small kana or the long-vowel mark, nor end with an opening bracket (the character before is
 * moved down with it). Spaces where a line was broken are dropped.
 */
public final class LineBreaker {

    /** The width of one character at the size being set. */
    public interface Widths {
        float of(int codePoint);
    }

    private static final String NO_LINE_START = "、。，．・：；？！）」』】〕〉》｝］〙〗ヽヾゝゞ々ー〜～‐゠"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ" + ",.:;?!)]}%";
    private static final String NO_LINE_END = "（「『【〔〈《｛［〘〖([{";

    private LineBreaker() {
    }

    /** The lines of {@code text} (no line breaks in it); an empty text is one empty line. */
    public static List<String> wrap(String text, float width, Widths widths) {
        List<String> units = units(text);
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < units.size()) {
            if (!lines.isEmpty()) {
                while (i < units.size() && units.get(i).equals(" ")) {
                    i++;
                }
            }
            int j = i;
            float used = 0;
            while (j < units.size() && used + width(units.get(j), widths) <= width) {
                used += width(units.get(j), widths);
                j++;
            }
            if (j == units.size()) {
                lines.add(String.join("", units.subList(i, j)));
                break;
            }
            if (j == i) {
                String unit = units.get(i);
                int cut = fittingPrefix(unit, width, widths);
                lines.add(unit.substring(0, cut));
                units.set(i, unit.substring(cut));
                continue;
            }
            int k = keepRules(units, i, j);
            lines.add(String.join("", units.subList(i, k)).stripTrailing());
            i = k;
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** Where to break instead of before unit {@code j} so that the rules hold, if the line keeps one unit. */
    private static int keepRules(List<String> units, int i, int j) {
        int k = j;
        while (k > i + 1 && breaksRule(units, k)) {
            k--;
        }
        return breaksRule(units, k) ? j : k;
    }

    private static boolean breaksRule(List<String> units, int k) {
        String next = units.get(k);
        String last = units.get(k - 1);
        return NO_LINE_START.indexOf(next.codePointAt(0)) >= 0
                || NO_LINE_END.indexOf(last.codePointBefore(last.length())) >= 0;
    }

    /** How many chars of a unit wider than the line fit on one (at least one character). */
    private static int fittingPrefix(String unit, float width, Widths widths) {
        int end = unit.offsetByCodePoints(0, 1);
        float used = widths.of(unit.codePointAt(0));
        while (end < unit.length()) {
            int cp = unit.codePointAt(end);
            if (used + widths.of(cp) > width) {
                break;
            }
            used += widths.of(cp);
            end += Character.charCount(cp);
        }
        return end;
    }

    private static float width(String unit, Widths widths) {
        float w = 0;
        for (int i = 0; i < unit.length(); i += Character.charCount(unit.codePointAt(i))) {
            w += widths.of(unit.codePointAt(i));
        }
        return w;
    }

    /** Each character is a unit, except that a run of visible ASCII characters is one. */
    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                while (end < text.length() && isWordChar(text.charAt(end))) {
                    end++;
                }
            }
            units.add(text.substring(i, end));
            i = end;
        }
        return units;
    }

    private static boolean isWordChar(int cp) {
        return cp > ' ' && cp < 0x7f;
    }
}
