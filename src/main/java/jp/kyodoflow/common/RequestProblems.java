package jp.kyodoflow.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Japanese sentences for requests that cannot be read or are refused by Spring itself; they say what to fix. */
final class RequestProblems {

    private RequestProblems() {
    }

    /** Which value of the JSON body (or which path or query parameter) has the wrong type; null when unknown. */
    static String unreadableValue(Exception e) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return "「" + mismatch.getName() + "」は" + expected(mismatch.getRequiredType());
        }
        Throwable cause = e.getCause();
        if (!(cause instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return null;
        }
        String field = path(mapping);
        if (mapping instanceof ValueInstantiationException) {
            return "「" + field + "」の内容が正しくありません（一覧に空の要素（null）を含めることはできません）";
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "「" + field + "」は" + expected(mismatch.getTargetType());
        }
        return "「" + field + "」の値が正しくありません";
    }

    static String unreadableUpload(Exception e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return "ファイルが大きすぎます（1ファイル10MBまで、1回の送信で合計20MBまで）";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidFileNameException) {
                return "ファイル名に使えない文字（制御文字）が含まれています。ファイル名を変更してから添付してください";
            }
        }
        return "送信されたデータを読み取れませんでした。ファイルは multipart/form-data の「file」項目で送ってください"
                + "（通信が途中で切れた場合は、もう一度送ってください）";
    }

    static String standardRefusal(Exception e, int status) {
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            return "このURLでは " + m.getMethod() + " の操作はできません（使える操作：" + String.join("・",
                    m.getSupportedMethods() == null ? new String[0] : m.getSupportedMethods()) + "）";
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return "この形式のデータは受け付けられません。JSON（application/json）で送ってください"
                    + "（添付ファイルは multipart/form-data）";
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return "指定された形式（Accept）では応答できません。application/json を受け付けるようにしてください";
        }
        if (e instanceof MissingServletRequestParameterException p) {
            return "パラメーター「" + p.getParameterName() + "」を指定してください";
        }
        if (e instanceof MissingServletRequestPartException p) {
            return "送信データに「" + p.getRequestPartName() + "」がありません（ファイルは「file」項目で送ってください）";
        }
        if (e instanceof NoResourceFoundException) {
            return "このURLのAPIはありません。URLを確認してください";
        }
        return "リクエストを処理できません（HTTP " + status + "）。URL・パラメーター・送信内容を確認してください";
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "正しい形式で指定してください";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "真偽値（true または false）で指定してください";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "整数で指定してください";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "数値で指定してください";
        }
        if (type == String.class) {
            return "文字列で指定してください";
        }
        if (type.isEnum()) {
            return "次のいずれかで指定してください：" + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining("、"));
        }
        if (type == LocalDate.class) {
            return "日付（例：2026-04-01）で指定してください";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "日時（例：2026-04-01T09:00:00+09:00）で指定してください";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "一覧（[ … ]）で指定してください";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "項目のまとまり（{ … }）で指定してください";
        }
        return "正しい形式で指定してください";
    }
}
