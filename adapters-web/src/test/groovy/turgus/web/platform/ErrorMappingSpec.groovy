package turgus.web.platform

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.lang.Unroll
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

@MicronautTest(transactional = false)
class ErrorMappingSpec extends WebSpec {

    @Override
    protected Map<String, Object> extraProperties() {
        ['turgus.test.failing-endpoints': 'true']
    }

    void "an unexpected exception is a 500 with an error id and nothing from the inside"() {
        when:
        Reply reply = get('/api/test-failures/boom', customer.accessToken)

        then:
        reply.status == 500
        reply.json.code == 500
        reply.json.message == 'Something went wrong on our side. Please try again later.'
        reply.json.errorId ==~ /[0-9a-f-]{36}/
        reply.json.keySet() == ['code', 'message', 'errorId'] as Set
        !reply.text.contains('SELECT')
        !reply.text.contains('users')
        !reply.text.contains('Exception')
        !reply.text.contains('turgus.')
    }

    void "every unexpected error gets its own id"() {
        when:
        Reply first = get('/api/test-failures/npe', customer.accessToken)
        Reply second = get('/api/test-failures/npe', customer.accessToken)

        then:
        first.status == 500
        second.status == 500
        first.json.errorId != second.json.errorId
        !first.text.contains('NullPointer')
    }

    @Unroll
    void "malformed JSON is a 400 that says so: #description"() {
        when:
        Reply reply = sendRaw('POST', '/api/test-failures/echo', body, customer.accessToken)

        then:
        reply.status == 400
        reply.json == [code: 400, message: 'The request body is not valid JSON.']

        where:
        description          | body
        'cut short'          | '{"name": "x"'
        'not JSON at all'    | 'name=x'
        'a trailing comma'   | '{"name": "x",}'
        'single quotes'      | "{'name': 'x'}"
    }

    @Unroll
    void "a value of the wrong type is a 400 naming the field: #description"() {
        when:
        Reply reply = sendRaw('POST', '/api/test-failures/echo', body, customer.accessToken)

        then:
        reply.status == 400
        reply.json.code == 400
        reply.json.errors*.field == [field]
        reply.json.errors[0].message == message
        !reply.text.contains('java.')
        !reply.text.contains('Integer')

        where:
        description             | body                                            | field               | message
        'text for a number'     | '{"name": "x", "count": "many"}'                | 'count'             | 'must be a whole number'
        'unknown enum value'    | '{"name": "x", "kind": "HUGE"}'                 | 'kind'              | 'must be one of SMALL, LARGE'
        'a bad timestamp'       | '{"name": "x", "at": "yesterday"}'              | 'at'                | 'must be a date and time with an offset, like 2026-11-21T10:15:30Z'
        'an object for a list'  | '{"name": "x", "items": {"a": 1}}'              | 'items'             | 'must be a list'
        'a nested wrong type'   | '{"name": "x", "items": [{"quantity": "two"}]}' | 'items[0].quantity' | 'must be a whole number'
    }

    void "bean validation names the JSON field, not the Java parameter"() {
        when:
        Reply reply = sendRaw('POST', '/api/test-failures/echo', '{"name": " ", "items": [{"quantity": 11}]}',
                customer.accessToken)

        then:
        reply.status == 400
        reply.json.errors*.field as Set == ['name', 'items[0].quantity'] as Set
        !reply.text.contains('echo.')
        !reply.text.contains('sample.')
    }

    @Unroll
    void "a bad query value is a 400 naming the parameter: #query"() {
        when:
        Reply reply = get("/api/test-failures/typed?${query}", customer.accessToken)

        then:
        reply.status == 400
        reply.json.errors == [[field: field, message: message, rule: rule] + (params ? [params: params] : [:])]

        where:
        query                 | field   | message                       | rule                 | params
        'count=x&kind=SMALL'  | 'count' | 'must be a whole number'      | 'NOT_A_WHOLE_NUMBER' | null
        'count=1&kind=MEDIUM' | 'kind'  | 'must be one of SMALL, LARGE' | 'NOT_ONE_OF'         | [allowed: 'SMALL, LARGE']
        'kind=SMALL'          | 'count' | 'is required'                 | 'REQUIRED'           | null
    }

    void "a missing body is a 400"() {
        when:
        Reply reply = sendRaw('POST', '/api/test-failures/echo', '', customer.accessToken)

        then:
        reply.status == 400
        reply.json.code == 400
        reply.json.message
    }

    void "a JSON body over 1 MB is a 413 with the error body"() {
        given:
        String big = '{"name": "' + ('x' * (1024 * 1024 + 10)) + '"}'

        when:
        Reply reply = sendRaw('POST', '/api/test-failures/echo', big, customer.accessToken)

        then:
        reply.status == 413
        reply.json.code == 413
        reply.json.message == 'The request body is too large: at most 1 MB.'
    }

    void "a body over the server's limit is a 413 with the error body"() {
        given:
        String huge = '{"name": "' + ('x' * (4 * 1024 * 1024)) + '"}'

        when:
        Reply reply = sendRaw('POST', '/api/test-failures/echo', huge, customer.accessToken)

        then:
        reply.status == 413
        reply.json.code == 413
    }

    void "an unknown API path is a JSON 404"() {
        when:
        Reply reply = get('/api/nope', customer.accessToken, [Accept: 'text/html,application/json'])

        then:
        reply.status == 404
        reply.json == [code: 404, message: 'Not found']
        reply.contentType.startsWith('application/json')
    }

    void "a wrong method is a 405 with the error body"() {
        when:
        Reply reply = delete('/api/products', customer.accessToken)

        then:
        reply.status == 405
        reply.json.code == 405
        reply.json.message == 'This method is not allowed here.'
    }

    void "an unsupported content type is a 415 with the error body"() {
        when:
        Reply reply = sendRaw('POST', '/api/auth/login', 'username=a&password=b', null, 'text/plain')

        then:
        reply.status == 415
        reply.json.code == 415
    }
}
