package jp.kyodoflow.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a list read in SQL: the conditions (who may see which rows, and the filters asked for) go
 * into the WHERE clause, the database pages and counts. A page is always two statements, the rows and
 * the count, whatever the table's size. Conditions are SQL of our own with named parameters; values
 * never go into the text.
 */
public final class SqlPage {

    private final String table;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private SqlPage(String table) {
        this.table = table;
    }

    /** The rows of {@code table}, known in the conditions as {@code t}. */
    public static SqlPage from(String table) {
        return new SqlPage(table);
    }

    /** Adds a condition; {@code nameValuePairs} bind its named parameters (name, value, name, value …). */
    public SqlPage where(String condition, Object... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name, value pairs");
        }
        conditions.add("(" + condition + ")");
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            parameters.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return this;
    }

    /** Adds the condition only when {@code value} is present (a filter the caller may leave out). */
    public SqlPage whereIf(Object value, String condition, String name) {
        return value == null ? this : where(condition, name, value);
    }

    /** A condition no row meets (a reader who may see nothing). */
    public SqlPage none() {
        return where("false");
    }

    /** A filter's value by name (a status of a list); an unknown name is refused in Japanese, naming the known ones. */
    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new BusinessRuleException(parameter + " は次のいずれかで指定してください："
                + String.join("、", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    /** The page of entities, ordered by {@code orderBy} (which must be stable, e.g. end with the id). */
    public <T> Paging.Page<T> fetch(EntityManager em, Class<T> entity, String orderBy, Paging paging) {
        Query rows = em.createNativeQuery("select t.* from " + table + " t" + whereClause() + " order by " + orderBy
                + " limit :pageLimit offset :pageOffset", entity);
        bind(rows);
        rows.setParameter("pageLimit", paging.size());
        rows.setParameter("pageOffset", paging.offset());
        @SuppressWarnings("unchecked")
        List<T> page = rows.getResultList();
        Query count = em.createNativeQuery("select count(*) from " + table + " t" + whereClause());
        bind(count);
        return new Paging.Page<>(page, ((Number) count.getSingleResult()).longValue());
    }

    /** Every row that meets the conditions, in one statement: for the few rows of a bounded set (a group's own). */
    public <T> List<T> all(EntityManager em, Class<T> entity, String orderBy) {
        Query rows = em.createNativeQuery("select t.* from " + table + " t" + whereClause() + " order by " + orderBy, entity);
        bind(rows);
        @SuppressWarnings("unchecked")
        List<T> list = rows.getResultList();
        return list;
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private void bind(Query q) {
        parameters.forEach(q::setParameter);
    }
}
