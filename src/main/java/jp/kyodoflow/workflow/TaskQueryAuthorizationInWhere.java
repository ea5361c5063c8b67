package jp.kyodoflow.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.Configuration;

/**
 * The engine's task query (list and count, so Tasklist's filters and our inbox) with its authorization
 * check in the WHERE clause instead of a join (issue 12, README "Performance and scale").
 *
 * <p>The engine joins the person's authorizations of the task and process-definition kinds onto every
 * candidate task with {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}. The engine writes one such
 * authorization per task and candidate group, so a department with 4,000 open tasks has 4,000 of them, and
 * PostgreSQL can only join that condition as a nested loop: 4,000 × 4,000 = 16 million comparisons, 8.9 s
 * for the count. Here the same question is asked in the WHERE clause as {@code RES.ID_ IN (grants) OR D.KEY_
 * IN (grants) OR EXISTS (grant on '*')}: the same rows, each set read once and hashed (measured at 10,000
 * tasks: 37–47 ms for the count; a correlated {@code EXISTS} per task took 91–104 ms, and PostgreSQL may turn
 * a plain {@code EXISTS} back into a semi-join run as the same nested loop: 2.7 s). A hashed set must fit
 * {@code work_mem × hash_mem_multiplier} (8 MB by default, about 100,000 grants of one person's groups).
 *
 * <p>How: the two statements and their fragment are read from the engine's own {@code Task.xml} on the
 * classpath (so they follow the engine's version), the join is taken out and the check put in the WHERE
 * clause, parsed into the engine's MyBatis configuration under a namespace of ours, and registered under
 * the engine's statement names. Only the non-revoke form changes (Kyodo Flow runs without revoke checks,
 * {@link EngineTuningPlugin}); with revokes the engine's own CASE form is kept. If the engine's mapping no
 * longer has the shape this expects, startup fails instead of silently querying another way.
 */
final class TaskQueryAuthorizationInWhere {

    static final String ENGINE_NAMESPACE = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";
    static final String NAMESPACE = "jp.kyodoflow.workflow.TaskQueryAuthorizationInWhere";
    static final String[] STATEMENTS = {"selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria"};
    /** Prefix of the engine's own statements, kept under a name the engine never asks for. */
    static final String ORIGINAL = "engine-original:";
    private static final String AUTH = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity";

    static final String JOIN = """
                  <if test="!authCheck.revokeAuthorizationCheckEnabled">    
                    <include refid="org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.authCheckJoinWithoutOnClause" /> 
                    AUTH ON (AUTH.RESOURCE_ID_ ${authJoinStart} RES.ID_ ${authJoinSeparator} D.KEY_ ${authJoinSeparator} '*' ${authJoinEnd})
                  </if>""";
    static final String CHECK = "<include refid=\"" + AUTH + ".contextualAuthorizationCheck\" />";

    /**
     * The person's grants of the task's kinds for this task, as the engine's join would find them: the task's
     * id among the resource ids the person holds, or the process definition's key, or a grant on every
     * resource ('*'). The two sets are subqueries without correlation, so PostgreSQL reads each once and
     * probes a hash per task (a "hashed SubPlan"); the grant on '*' is read once (an InitPlan).
     */
    static final String EXISTS_CHECK = """
            <choose>
              <when test="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null &amp;&amp; !authCheck.revokeAuthorizationCheckEnabled">
                <bind name="authGroupIds" value="authCheck.authGroupIds" />
                <bind name="atomicChecks" value="authCheck.permissionChecks.atomicChecks" />
                <bind name="disjunctive" value="authCheck.permissionChecks.disjunctive" />
                and (
                <if test="applyAuthorizationCheckForCaseInstances">(RES.CASE_EXECUTION_ID_ IS NOT NULL) OR</if>
                RES.ID_ IN (<include refid="personsGrants" />)
                OR D.KEY_ IN (<include refid="personsGrants" />)
                OR EXISTS (<include refid="personsGrants" /> AND A.RESOURCE_ID_ = '*')
                )
              </when>
              <otherwise>
                <include refid="%s.contextualAuthorizationCheck" />
              </otherwise>
            </choose>""".formatted(AUTH);

    /** The resource ids of the person's (and their groups') grants of the kinds and permissions checked. */
    static final String PERSONS_GRANTS = """
            <sql id="personsGrants">
              SELECT A.RESOURCE_ID_ FROM ${prefix}ACT_RU_AUTHORIZATION A
              WHERE A.TYPE_ &lt; 2
              AND ( A.USER_ID_ in ( #{authCheck.authUserId, jdbcType=VARCHAR}, '*')
              <if test="authGroupIds != null &amp;&amp; authGroupIds.size > 0">
                OR A.GROUP_ID_ IN <foreach item="item" index="index" collection="authGroupIds" open="(" separator="," close=")">#{item}</foreach>
              </if>
              )
              <include refid="%s.atomicChecksOnResourceTypeAndPerms"></include>
            </sql>""".formatted(AUTH);

    private TaskQueryAuthorizationInWhere() {
    }

    /** Replaces the engine's task list and count statements in its MyBatis configuration. */
    static void install(Configuration mybatis) {
        String mapper = mapper(engineTaskXml());
        new XMLMapperBuilder(new ByteArrayInputStream(mapper.getBytes(StandardCharsets.UTF_8)), mybatis,
                "kyodo-flow:" + NAMESPACE, mybatis.getSqlFragments()).parse();
        Map<String, MappedStatement> statements = statements(mybatis);
        for (String name : STATEMENTS) {
            MappedStatement ours = statements.get(NAMESPACE + "." + name);
            if (ours == null) {
                throw new IllegalStateException("the rewritten task query " + name + " did not parse");
            }
            MappedStatement engines = statements.remove(ENGINE_NAMESPACE + "." + name);
            statements.remove(name); // the short name is ambiguous now; the engine asks by it
            statements.put(ORIGINAL + name, engines); // kept for the benchmark's comparison (no dot: no short name)
            statements.put(ENGINE_NAMESPACE + "." + name, ours); // also puts the short name
        }
    }

    /** The mapper of ours: the engine's two statements and their fragment, the join replaced by EXISTS. */
    static String mapper(String taskXml) {
        int from = taskXml.indexOf("<select id=\"selectTaskByQueryCriteria\"");
        int to = taskXml.indexOf("<select id=\"selectTaskByNativeQuery\"");
        if (from < 0 || to < from) {
            throw new IllegalStateException("the engine's Task.xml has no task query where expected");
        }
        String part = taskXml.substring(from, to);
        String join = normalise(JOIN);
        String normalised = normalise(part);
        if (!normalised.contains(join) || count(normalised, CHECK) != 1) {
            throw new IllegalStateException("the engine's task query changed shape: review TaskQueryAuthorizationInWhere");
        }
        normalised = normalised.replace(join, "").replace(CHECK, EXISTS_CHECK)
                .replace("resultMap=\"taskResultMap\"", "resultMap=\"" + ENGINE_NAMESPACE + ".taskResultMap\"");
        return """
                <?xml version="1.0" encoding="UTF-8" ?>
                <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
                <mapper namespace="%s">
                %s
                %s
                </mapper>
                """.formatted(NAMESPACE, PERSONS_GRANTS, normalised);
    }

    /** Lines without their trailing blanks, so that the block to remove is found whatever the indentation's end. */
    private static String normalise(String s) {
        return s.lines().map(String::stripTrailing).map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static String engineTaskXml() {
        String path = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
        try (InputStream in = org.camunda.bpm.engine.ProcessEngine.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the engine's " + path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, MappedStatement> statements(Configuration mybatis) {
        try {
            Field field = Configuration.class.getDeclaredField("mappedStatements");
            field.setAccessible(true);
            return (Map<String, MappedStatement>) field.get(mybatis);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MyBatis changed: review TaskQueryAuthorizationInWhere", e);
        }
    }
}
