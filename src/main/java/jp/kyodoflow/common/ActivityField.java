package jp.kyodoflow.common;

import java.util.Arrays;

/** Fields of activity (活動分野), used by the register and by projects. */
public enum ActivityField {
    KOSODATE("子育て"), FUKUSHI("福祉・健康"), BOSAI("防災・防犯"), KANKYO("環境"), KYOIKU("教育・生涯学習"),
    BUNKA("文化・スポーツ"), MACHIZUKURI("まちづくり"), KOKUSAI("国際交流"), OTHER("その他");

    private final String label;

    ActivityField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static boolean isCode(String code) {
        return Arrays.stream(values()).anyMatch(f -> f.name().equals(code));
    }
}
