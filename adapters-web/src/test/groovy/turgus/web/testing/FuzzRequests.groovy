package turgus.web.testing

import groovy.json.JsonOutput
import groovy.transform.Canonical
import org.yaml.snakeyaml.LoaderOptions
import org.yaml.snakeyaml.Yaml

/**
 * Makes hostile requests from the shop's own OpenAPI document: for each operation a request that
 * would be accepted (ids of real things, values inside the rules), then one named mutation of it —
 * a wrong type, a missing or extra field, a huge or non-finite number, a Unicode oddity, an SQL or
 * script payload, a path trick, a wrong content type, an oversized or deeply nested body, repeated
 * query parameters. The same seed makes the same requests, in the same order.
 */
class FuzzRequests {
    static final List<String> ROLES = ['anonymous', 'customer', 'admin']

    /** One operation of the document: method, path template, parameters and body schema. */
    @Canonical
    static class Operation {
        String method
        String path
        List<Map> parameters
        String bodyType
        Map bodySchema

        String toString() { "${method} ${path}" }
    }

    /** A request ready to send, with what it was made from, for the failure message. */
    @Canonical
    static class Request {
        int number
        Operation operation
        String role
        String mutation
        String method
        String path
        String contentType
        byte[] body
        Map<String, String> headers = [:]

        String bodyPreview() {
            if (body == null) {
                return '(none)'
            }
            String text = new String(body, 'UTF-8')
            text.length() > 300 ? text.substring(0, 300) + "… (${body.length} bytes)" : text
        }

        String toString() {
            "#${number} ${operation} as ${role}, mutation '${mutation}': ${method} ${path.length() > 300 ? path.substring(0, 300) + '…' : path}" +
                    " content-type ${contentType} headers ${headers.collectEntries { k, v -> [(k): v.length() > 80 ? v.substring(0, 80) + '…' : v] }} body ${bodyPreview()}"
        }
    }

    /**
     * Routes whose accepted call would wreck the run itself (signing the fuzzer's own session out,
     * writing a backup on every call): a signed-in caller sends them only with a broken token. The
     * restores are fuzzed in full, but no backup with the id they name exists, and their upload is
     * never a backup.
     */
    static final Set<String> TOKEN_ONLY = [
            'POST /api/auth/logout',
            'POST /api/admin/backups',
    ] as Set

    /** Bodies the document cannot describe (a free JSON tree), as a client would send them. */
    static final Map<String, Object> EXAMPLE_BODIES = [
            'PUT /api/admin/discounts/tiers'  : [[name: 'Gold', minCompletedOrders: 10, minTotalSpent: 1000, percent: 10]],
            'PUT /api/admin/discounts/loyalty': [minCompletedOrders: 3, minTotalSpent: 100, percent: 5],
            'PUT /api/admin/users/{id}/roles' : ['CUSTOMER'],
            'POST /api/cart/items'            : [productId: 'PRODUCT', quantity: 1],
            'POST /api/admin/users/bulk'      : [action: 'unblock', ids: ['VICTIM']],
    ]

    /** Values a client would type into a field of this name. */
    static final Map<String, Object> FIELD_VALUES = [
            amount            : 5, quantity: 1, productId: 'PRODUCT', price: 3.5, stock: 2, salePercent: 10,
            percent           : 10, minOrderTotal: 10, maxUses: 5, minCompletedOrders: 3, minTotalSpent: 100,
            inactiveDays      : 3650, name: 'Fuzz kettle', description: 'A kettle', fullName: 'Fuzz Person',
            email             : 'fuzz.person@example.com', phone: '+79990001234', password: 'Correct-horse-7!',
            passwordConfirmation: 'Correct-horse-7!', newPassword: 'Another-horse-8!',
            newPasswordConfirmation: 'Another-horse-8!', oldPassword: 'Not-the-password-9!', username: 'nobody@example.com',
            code              : 'FUZZ10', token: 'not-a-real-token', refresh_token: 'not-a-real-token',
            grant_type        : 'refresh_token', reason: 'Checked by the fuzzer', to: 'fuzz.mail@example.com',
            until             : '2099-01-01T00:00:00Z', validFrom: '2026-01-01T00:00:00Z', validUntil: '2099-01-01T00:00:00Z',
            saleEndsAt        : '2099-01-01T00:00:00Z', category: 'OTHER', action: 'unblock', ids: ['VICTIM'],
    ]

    static final List<String> UNICODE = [
            '\\ud800', '\\udfff abc', 'a\\ud83d', '\u200f\u202eevil', 'nul\\u0000byte', '\ud83d\ude00\ud83c\udf75',
            'e\u0301\u0301\u0301\u0301\u0301\u0301', '\ufeffbom', '\u0000', 'ﷺ'.multiply(50), '\u2028\u2029',
            'Ǆ\u00df\u0130', '\ud834\udd1e', '\uffff\ufffe',
    ]
    static final List<String> SQL = [
            "' OR '1'='1", "1; DROP TABLE users; --", "' UNION SELECT password_hash FROM users --", "%' AND 1=1 --",
            "\\'; SELECT pg_sleep(5); --", '1 OR 1=1', "admin'--", '${jndi:ldap://x/a}', '{{7*7}}',
    ]
    static final List<String> SCRIPT = [
            '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)',
            '<svg onload=alert(1)>', '</textarea><script>x</script>',
    ]
    static final List<String> PATH_TRICKS = [
            '..', '..%2F..%2Fadmin', '%2F', '%2e%2e%2f', '99999999999999999999999', '9223372036854775807',
            '-1', '0', 'abc', '1.5', '1e3', '%00', '%20', '%ff%fe', '1%2F2', '%E2%80%AE1', '1;x=1', 'NaN',
            'x'.multiply(3000), '%27%20OR%201%3D1', '%3Cscript%3E',
    ]
    static final List<String> CONTENT_TYPES = [
            'text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data',
            'application/json; charset=ISO-8859-1', 'application/octet-stream', 'image/png', '*/*', 'application/jsonx',
    ]
    static final List<Object> HUGE_NUMBERS = [
            new BigDecimal('1e308'), new BigDecimal('-1e308'), new BigInteger('9' * 60), 9223372036854775807L,
            2147483648L, -2147483649L, new BigDecimal('1e-400'), new BigDecimal('123456789012.129'),
    ]
    static final List<Object> NON_FINITE = ['NaN', 'Infinity', '-Infinity', '1e400', '-1e400']

    /** The mutations, each with its name: the name is in every failure message. */
    final Map<String, Closure<Void>> mutations = [
            'the accepted request'    : { Request r, Map body -> },
            'a wrong type'            : { Request r, Map body -> mutateField(r, body) { pick([true, 'text', [], [a: 1], 1.5, null, 7]) } },
            'a missing field'         : { Request r, Map body -> if (body.map) { body.map.remove(pick(body.map.keySet() as List)) } else { r.body = null } },
            'an extra field'          : { Request r, Map body -> if (body.map != null) { body.map[pick(['admin', 'roles', 'id', 'balance', '__proto__', 'stock'])] = pick([true, 'ADMIN', 1000000, [1]]) } },
            'a huge string'           : { Request r, Map body -> mutateField(r, body) { 'x'.multiply(pick([300, 5_000, 100_000])) } },
            'a huge number'           : { Request r, Map body -> mutateField(r, body) { pick(HUGE_NUMBERS) } },
            'a negative amount'       : { Request r, Map body -> mutateField(r, body) { pick([-1, -0.01, -1000000, 0, -0.0]) } },
            'a fractional amount'     : { Request r, Map body -> mutateField(r, body) { pick([0.001, 1.5, 2.999, 0.1, 10.005]) } },
            'a non-finite amount'     : { Request r, Map body -> mutateField(r, body) { new Raw(pick(NON_FINITE)) } },
            'a Unicode edge case'     : { Request r, Map body -> mutateField(r, body) { new Raw('"' + pick(UNICODE) + '"') } },
            'an SQL payload'          : { Request r, Map body -> mutateField(r, body) { pick(SQL) } },
            'a script payload'        : { Request r, Map body -> mutateField(r, body) { pick(SCRIPT) } },
            'a path trick'            : { Request r, Map body -> pathTrick(r) },
            'a wrong content type'    : { Request r, Map body -> r.contentType = pick(CONTENT_TYPES); if (r.body == null) { body.forceBody = true } },
            'no content type'         : { Request r, Map body -> r.contentType = null; body.forceBody = true },
            'an oversized body'       : { Request r, Map body -> body.raw = '{"name": "' + 'x'.multiply(1_100_000) + '"}' },
            'a deeply nested body'    : { Request r, Map body -> int depth = pick([100, 1_000, 5_000]); body.raw = pick(['[' * depth + ']' * depth, '{"a":' * depth + '1' + '}' * depth]) },
            'malformed JSON'          : { Request r, Map body -> body.raw = pick(['{', '{"a": 1}}', '{"a": 1} trailing', '{"a": 1, "a": 2}', "{'a': 1}", '', 'null', '[]', '"text"', '12', '{"a":1,}', '\u0000']) },
            'a duplicate key'         : { Request r, Map body -> duplicateKey(r, body) },
            'repeated query parameters': { Request r, Map body -> repeatQuery(r) },
            'a bad query value'       : { Request r, Map body -> badQuery(r) },
            'a bad header'            : { Request r, Map body -> r.headers[pick(['Idempotency-Key', 'Accept', 'Accept-Language', 'X-Forwarded-For', 'User-Agent'])] = pick(['x' * 300, '', '\u00e9\u00e9', 'de-DE;q=abc', '999.999.1.1', 'application/xml', '../../etc/passwd']) },
            'a wrong method'          : { Request r, Map body -> r.method = pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'CONNECT']) },
            'a bad token'             : { Request r, Map body -> r.headers['Authorization'] = pick(['Bearer ', 'Bearer x.y.z', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwicm9sZXMiOlsiQURNSU4iXX0.', 'Basic YTpi', 'Bearer ' + 'a' * 5000, 'bearer', 'Bearer \u00e9']) },
    ]

    /**
     * How often each mutation is drawn, against 4 for the others: the oversized body is always the
     * same check (the body limit) and costs a megabyte a request.
     */
    static final Map<String, Integer> WEIGHTS = ['an oversized body': 1, 'a deeply nested body': 2]

    /** A body value written as it stands, not as a JSON string (NaN, a lone surrogate escape). */
    @Canonical
    static class Raw {
        String text
    }

    private final Random random
    private final Map document
    private final Map<String, Object> fixtures
    final List<Operation> operations

    /**
     * @param fixtures ids of real things the accepted request names: {@code PRODUCT}, {@code ORDER},
     *                 {@code VICTIM} (a user the admin may change), {@code PROMO_CODE}
     */
    FuzzRequests(long seed, InputStream openApi, Map<String, Object> fixtures) {
        this.random = new Random(seed)
        this.document = new Yaml(new LoaderOptions()).load(openApi) as Map
        this.fixtures = fixtures
        this.operations = readOperations()
    }

    static InputStream openApiFromClasspath() {
        ClassLoader loader = FuzzRequests.classLoader
        String name = loader.getResource('META-INF/swagger').with { url ->
            assert url: 'no OpenAPI document on the classpath (META-INF/swagger)'
            new File(url.toURI()).listFiles().find { it.name.endsWith('.yml') }.name
        }
        loader.getResourceAsStream("META-INF/swagger/${name}")
    }

    private List<Operation> readOperations() {
        List<Operation> found = []
        (document.paths as Map<String, Map>).each { String path, Map ops ->
            ops.each { String method, Object op ->
                if (!(method in ['get', 'post', 'put', 'patch', 'delete'])) {
                    return
                }
                Map content = ((op as Map).requestBody as Map)?.content as Map
                String type = content ? (content.keySet() as List).first() : null
                Map schema = type ? content[type].schema as Map : null
                found << new Operation(method.toUpperCase(), path, ((op as Map).parameters ?: []) as List<Map>, type, schema)
            }
        }
        found.sort { it.toString() }
    }

    /**
     * Request number {@code n}: operations and roles take turns, so that every operation is called
     * by every role; the mutation is drawn.
     */
    Request next(int n) {
        Operation operation = operations[n % operations.size()]
        String role = ROLES[(n.intdiv(operations.size())) % ROLES.size()]
        String mutation = pick(mutations.keySet().collectMany { name -> [name] * WEIGHTS.getOrDefault(name, 4) })
        if (operation.toString() in TOKEN_ONLY && role != 'anonymous') {
            mutation = 'a bad token'
        }
        Request request = new Request(n, operation, role, mutation, operation.method, concretePath(operation), operation.bodyType, null, [:])
        addQuery(request)
        Map body = [map: null, raw: null, forceBody: false]
        Object value = baselineBody(operation)
        if (value instanceof Map) {
            body.map = value
        } else if (value instanceof List) {
            body.list = value
        }
        mutations[mutation].call(request, body)
        writeBody(request, body)
        if (operation.path.endsWith('/restore') && request.contentType?.startsWith('multipart/form-data; boundary')) {
            // A restore upload is never a backup: whatever the mutation, its file is garbage.
            request.body = multipart(pick(['backup', 'file']), 'not-a-backup.zip', ('PK' + 'x' * 50).bytes, request.contentType)
        }
        request
    }

    // --- the accepted request ------------------------------------------------------------

    private String concretePath(Operation operation) {
        operation.path.replaceAll(/\{([^}]+)}/) { all, String name -> URLEncoder.encode(String.valueOf(pathValue(operation, name)), 'UTF-8') }
    }

    private Object pathValue(Operation operation, String name) {
        String path = operation.path
        if (path.startsWith('/api/admin/backups') || path.startsWith('/api/me/sessions')) {
            return 'b5c8a1e0-0000-4000-8000-000000000000'
        }
        if (path.startsWith('/api/admin/users')) {
            return fixtures.VICTIM
        }
        if (path.contains('/orders/')) {
            return fixtures.ORDER
        }
        if (path.contains('promo-codes')) {
            return fixtures.PROMO_CODE
        }
        if (path.startsWith('/media/')) {
            return 'missing-picture.png'
        }
        if (path.startsWith('/api/admin/mail/test')) {
            return 1
        }
        fixtures.PRODUCT
    }

    private void addQuery(Request request) {
        List<String> parts = []
        request.operation.parameters.findAll { it.in == 'query' }.each { Map p ->
            if (random.nextBoolean()) {
                parts << "${p.name}=${URLEncoder.encode(String.valueOf(validValue(p.name as String, p.schema as Map)), 'UTF-8')}"
            }
        }
        request.operation.parameters.findAll { it.in == 'header' }.each { Map p ->
            if (random.nextBoolean()) {
                request.headers[p.name as String] = "fuzz-${random.nextInt(1_000_000)}".toString()
            }
        }
        if (parts) {
            request.path += '?' + parts.join('&')
        }
    }

    private Object baselineBody(Operation operation) {
        if (!operation.bodyType || operation.bodyType.startsWith('multipart')) {
            return null
        }
        Object example = EXAMPLE_BODIES[operation.toString()]
        Object value = example != null ? copy(example) : validValue('body', resolve(operation.bodySchema))
        fill(value)
    }

    private Object fill(Object value) {
        if (value instanceof Map) {
            return value.collectEntries { k, v -> [(k): fill(v)] }
        }
        if (value instanceof List) {
            return value.collect { fill(it) }
        }
        value instanceof String && fixtures.containsKey(value) ? fixtures[value] : value
    }

    private static Object copy(Object value) {
        value instanceof Map ? value.collectEntries { k, v -> [(k): copy(v)] } : value instanceof List ? value.collect { copy(it) } : value
    }

    private Map resolve(Map schema) {
        if (schema?.'$ref') {
            String name = (schema.'$ref' as String).substring('#/components/schemas/'.length())
            return resolve((document.components as Map).schemas[name] as Map)
        }
        if (schema?.oneOf) {
            return resolve((schema.oneOf as List<Map>).first())
        }
        if (schema?.allOf) {
            return resolve((schema.allOf as List<Map>).first())
        }
        schema ?: [:]
    }

    private Object validValue(String name, Map rawSchema) {
        Map schema = resolve(rawSchema)
        if (FIELD_VALUES.containsKey(name)) {
            return copy(FIELD_VALUES[name])
        }
        if (schema.enum) {
            return pick(schema.enum as List)
        }
        switch (schema.type) {
            case 'object':
                return (schema.properties as Map<String, Map> ?: [:]).collectEntries { k, v -> [(k): validValue(k, v)] }
            case 'array':
                return [validValue(name, schema.items as Map)]
            case 'integer':
                return name in ['page'] ? 0 : name in ['size', 'limit'] ? 10 : name == 'days' ? 30 : 1
            case 'number':
                return 5
            case 'boolean':
                return true
            default:
                return name in ['q'] ? 'tea' : schema.format == 'date-time' ? '2026-01-01T00:00:00Z' : 'fuzz'
        }
    }

    // --- mutations -------------------------------------------------------------------------

    /** Replaces one field of the body (or, without a body, one query parameter) by {@code value()}. */
    private void mutateField(Request request, Map body, Closure<Object> value) {
        Map target = body.map ?: (body.list && body.list.first() instanceof Map ? body.list.first() as Map : null)
        if (target) {
            target[pick(target.keySet() as List)] = value()
        } else if (body.list != null) {
            body.list[0] = value()
        } else {
            Object v = value()
            String text = v instanceof Raw ? (v as Raw).text.replace('"', '') : String.valueOf(v)
            List<Map> queries = request.operation.parameters.findAll { it.in == 'query' }
            String name = queries ? pick(queries).name : 'q'
            if (text.contains('\\u') || text.contains('\\ud')) {
                text = text.replaceAll(/\\u([0-9a-fA-F]{4})/) { all, hex -> new String([Integer.parseInt(hex as String, 16) as char] as char[]) }
            }
            String encoded = URLEncoder.encode(text, 'UTF-8')
            if (request.path.contains('{') || request.operation.parameters.any { it.in == 'path' } && random.nextBoolean()) {
                pathTrick(request, encoded)
            } else {
                request.path += (request.path.contains('?') ? '&' : '?') + "${name}=${encoded}"
            }
        }
    }

    private void pathTrick(Request request, String trick = pick(PATH_TRICKS)) {
        List<Map> pathParams = request.operation.parameters.findAll { it.in == 'path' }
        String query = request.path.contains('?') ? request.path.substring(request.path.indexOf('?')) : ''
        if (pathParams) {
            request.path = request.operation.path.replaceAll(/\{([^}]+)}/) { all, name -> trick } + query
        } else {
            request.path = request.operation.path + pick(['/' + trick, '/..', '/%2e%2e/admin/users', '//', '/.', '%2F', '/' + trick + '/x']) + query
        }
    }

    private void duplicateKey(Request request, Map body) {
        if (body.map) {
            String json = JsonOutput.toJson(body.map)
            String key = pick(body.map.keySet() as List)
            body.raw = json.substring(0, json.length() - 1) + ",\"${key}\": ${JsonOutput.toJson(body.map[key])}}"
        } else {
            body.raw = '{"a": 1, "a": 2}'
        }
    }

    private void repeatQuery(Request request) {
        List<Map> queries = request.operation.parameters.findAll { it.in == 'query' }
        String name = queries ? pick(queries).name : 'page'
        request.path += (request.path.contains('?') ? '&' : '?') + "${name}=1&${name}=2&${name}=&${name}=abc"
    }

    private void badQuery(Request request) {
        List<Map> queries = request.operation.parameters.findAll { it.in == 'query' }
        String name = queries ? pick(queries).name : pick(['page', 'size', 'q'])
        String value = pick(['-1', '0', '101', '100000000000', '2147483647', '21474837', '9999999', 'abc', '1.5', 'true', '%00', '%ZZ', '', 'ADMIN%27--', '%E2%80%AE', '2026-13-45', 'x'.multiply(5000)])
        request.path += (request.path.contains('?') ? '&' : '?') + "${name}=${value}"
    }

    // --- writing the body -----------------------------------------------------------------

    private void writeBody(Request request, Map body) {
        String type = request.operation.bodyType
        if (type?.startsWith('multipart')) {
            if (request.contentType == 'multipart/form-data' && request.mutation in ['the accepted request', 'a wrong type', 'a missing field', 'an extra field', 'a huge string', 'a Unicode edge case']) {
                String boundary = 'fuzz' + random.nextInt(1_000_000)
                request.contentType = "multipart/form-data; boundary=${boundary}"
                String part = request.mutation == 'a missing field' ? 'other' : pick(['picture', 'image', 'backup'])
                byte[] bytes = pick([new byte[0], 'not a picture'.bytes, '<svg onload="alert(1)"/>'.bytes, ([0x89, 0x50, 0x4E, 0x47] as byte[]), 'x'.multiply(3000).bytes])
                request.body = multipart(part, pick(['f.png', '../../etc/passwd', '\u202egnp.exe', 'a'.multiply(300)]), bytes, request.contentType)
                return
            }
        }
        if (body.raw != null) {
            request.body = (body.raw as String).getBytes('UTF-8')
        } else if (body.map != null) {
            request.body = json(body.map).getBytes('UTF-8')
        } else if (body.list != null) {
            request.body = json(body.list).getBytes('UTF-8')
        } else if (body.forceBody) {
            request.body = pick(['{"a": 1}', 'a=1&b=2', '<x/>', 'text']).getBytes('UTF-8')
        }
        if (request.body != null && request.contentType == null && !body.forceBody) {
            request.contentType = 'application/json'
        }
    }

    private static byte[] multipart(String part, String filename, byte[] bytes, String contentType) {
        String boundary = contentType.substring(contentType.indexOf('boundary=') + 'boundary='.length())
        ByteArrayOutputStream out = new ByteArrayOutputStream()
        out.write("--${boundary}\r\nContent-Disposition: form-data; name=\"${part}\"; filename=\"${filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n".getBytes('UTF-8'))
        out.write(bytes)
        out.write("\r\n--${boundary}--\r\n".getBytes('UTF-8'))
        out.toByteArray()
    }

    /** JSON text, with {@link Raw} values written as they stand. */
    static String json(Object value) {
        if (value instanceof Raw) {
            return (value as Raw).text
        }
        if (value instanceof Map) {
            return '{' + value.collect { k, v -> JsonOutput.toJson(String.valueOf(k)) + ': ' + json(v) }.join(', ') + '}'
        }
        if (value instanceof List) {
            return '[' + value.collect { json(it) }.join(', ') + ']'
        }
        JsonOutput.toJson(value)
    }

    private <T> T pick(List<T> choices) {
        choices[random.nextInt(choices.size())]
    }
}
