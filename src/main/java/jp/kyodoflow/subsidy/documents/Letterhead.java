package jp.kyodoflow.subsidy.documents;

public record Letterhead(String cityName, String issuer, String section) {
}
