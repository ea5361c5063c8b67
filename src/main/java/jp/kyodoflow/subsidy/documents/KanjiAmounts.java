package jp.kyodoflow.subsidy.documents;

/**
 * Amounts in words as official documents write them, with the formal numerals (大字) that cannot be altered by
 * adding a stroke: 350000 becomes 金参拾五万円也. A one before 拾, 百 or 千 is written (壱拾, 壱百, 壱千) for the same
 * reason; zero is 金零円也.
 */
public final class KanjiAmounts {

    private static final String[] DIGITS = {"", "壱", "弐", "参", "四", "五", "六", "七", "八", "九"};
    private static final String[] SMALL_UNITS = {"", "拾", "百", "千"};
    private static final String[] LARGE_UNITS = {"", "万", "億", "兆", "京"};

    private KanjiAmounts() {
    }

    public static String of(long yen) {
        if (yen < 0) {
            throw new IllegalArgumentException("an amount in words is not negative: " + yen);
        }
        return "金" + (yen == 0 ? "零" : words(yen)) + "円也";
    }

    private static String words(long yen) {
        StringBuilder out = new StringBuilder();
        long rest = yen;
        for (int group = 0; rest > 0; group++, rest /= 10_000) {
            int four = (int) (rest % 10_000);
            if (four > 0) {
                out.insert(0, fourDigits(four) + LARGE_UNITS[group]);
            }
        }
        return out.toString();
    }

    /** 1 to 9999: 壱千弐百参拾四. */
    private static String fourDigits(int n) {
        StringBuilder out = new StringBuilder();
        for (int place = 3; place >= 0; place--) {
            int digit = n / pow10(place) % 10;
            if (digit > 0) {
                out.append(DIGITS[digit]).append(SMALL_UNITS[place]);
            }
        }
        return out.toString();
    }

    private static int pow10(int place) {
        return place == 0 ? 1 : 10 * pow10(place - 1);
    }
}
