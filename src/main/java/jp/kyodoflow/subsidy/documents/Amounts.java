package jp.kyodoflow.subsidy.documents;

/** Checks on the amounts a document is given. */
final class Amounts {

    private Amounts() {
    }

    static void requireNotNegative(String name, long yen) {
        if (yen < 0) {
            throw new IllegalArgumentException(name + " is negative: " + yen);
        }
    }
}
