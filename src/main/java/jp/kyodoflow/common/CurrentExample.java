package jp.kyodoflow.common;

import java.util.function.Supplier;

/**
 * A request example of the OpenAPI docs whose valid values depend on today (the current fiscal
 * year, an open call's window), so that it works when sent as shown on any day. An endpoint names
 * it with {@code @ExampleObject(name = "...", ref = NAME)}; {@link ApiDocsConfig} puts the value,
 * built each time the docs are read, in place of the reference.
 *
 * @param value the request body, as the Java object the endpoint takes (written as the API's JSON)
 */
public record CurrentExample(String name, String summary, Supplier<Object> value) {
}
