package jp.kyodoflow.subsidy.documents;

public record Addressee(String groupName, String representative, String address) {
}
