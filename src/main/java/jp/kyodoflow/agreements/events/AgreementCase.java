package jp.kyodoflow.agreements.events;

/** Agreements keep their history in the case of the project they belong to. */
public final class AgreementCase {
    public static final String TYPE = "PROJECT";

    private AgreementCase() {
    }

    /** The outcome of one side's answer as the history shows it: {@code GROUP_SIGNED_V2}. */
    static String answer(String party, String decision, int versionNo) {
        return party + "_" + decision + "_V" + versionNo;
    }
}
