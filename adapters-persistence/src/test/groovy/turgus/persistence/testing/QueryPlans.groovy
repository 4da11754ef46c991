package turgus.persistence.testing

import groovy.json.JsonSlurper
import io.micronaut.data.annotation.Query
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource

import javax.sql.DataSource
import java.sql.Connection
import java.sql.PreparedStatement
import java.sql.ResultSet

/**
 * What the EXPLAIN checks share: a repository statement run under EXPLAIN ANALYZE with its
 * parameters bound, and what the database reports having done. The cost is the rows H2 scanned
 * (the sum of its scanCounts) or the pages PostgreSQL touched (its buffers); a statement "scans
 * whole" when it reads one of the named tables without an index (H2's tableScan, PostgreSQL's Seq
 * Scan).
 */
class QueryPlans {
    private final DataSource dataSource

    QueryPlans(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource)
    }

    /**
     * EXPLAIN ANALYZE of {@code repository}'s {@code method} statement: {@code [scansWhole, cost, plan]}.
     * A collection parameter is bound as one placeholder per element.
     */
    Map measure(Class<?> repository, String method, Map<String, Object> parameters, List<String> tables) {
        String sql = repository.declaredMethods.find { it.name == method }.getAnnotation(Query).value()
        List<Object> values = []
        String bound = sql.replaceAll(/:(\w+)/) { all, String name ->
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("No value for :${name} in ${method}")
            }
            Object value = parameters[name]
            if (value instanceof Collection) {
                values.addAll(value)
                return (['?'] * value.size()).join(', ')
            }
            values << value
            '?'
        }
        measureStatement(bound, values, tables)
    }

    /** EXPLAIN ANALYZE of a statement with {@code ?} placeholders and their values, in order. */
    Map measureStatement(String sql, List<Object> values, List<String> tables) {
        Connection connection = dataSource.connection
        try {
            String explain = TestDatabase.postgreSql ? "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}" : "EXPLAIN ANALYZE ${sql}"
            PreparedStatement statement = connection.prepareStatement(explain)
            values.eachWithIndex { Object value, int i -> statement.setObject(i + 1, value) }
            ResultSet result = statement.executeQuery()
            StringBuilder plan = new StringBuilder()
            while (result.next()) {
                plan << result.getString(1) << '\n'
            }
            TestDatabase.postgreSql ? postgreSqlCost(plan.toString(), tables) : h2Cost(plan.toString(), tables)
        } finally {
            connection.close()
        }
    }

    void execute(String sql) {
        Connection connection = dataSource.connection
        try {
            connection.autoCommit = true
            connection.createStatement().withCloseable { it.execute(sql) }
        } finally {
            connection.close()
        }
    }

    long count(String sql) {
        Connection connection = dataSource.connection
        try {
            ResultSet result = connection.createStatement().executeQuery(sql)
            result.next()
            result.getLong(1)
        } finally {
            connection.close()
        }
    }

    private static Map h2Cost(String plan, List<String> tables) {
        long scanned = (plan =~ /scanCount: (\d+)/).collect { it[1] as long }.sum(0L) as long
        String lower = plan.toLowerCase()
        [scansWhole: tables.any { lower.contains(".${it}.tablescan") }, cost: scanned, plan: plan]
    }

    private static Map postgreSqlCost(String plan, List<String> tables) {
        Map root = (new JsonSlurper().parseText(plan) as List)[0].Plan as Map
        List<Map> nodes = []
        Closure walk
        walk = { Map node ->
            nodes << node
            (node.Plans ?: []).each { walk(it as Map) }
        }
        walk(root)
        boolean seqScan = nodes.any { it['Node Type'] == 'Seq Scan' && it['Relation Name'] in tables }
        long buffers = (root['Shared Hit Blocks'] as long) + (root['Shared Read Blocks'] as long)
        [scansWhole: seqScan, cost: buffers,
         plan      : nodes.collect { "${it['Node Type']} ${it['Relation Name'] ?: ''} ${it['Index Name'] ?: ''}".trim() }.join(' / ')]
    }
}
