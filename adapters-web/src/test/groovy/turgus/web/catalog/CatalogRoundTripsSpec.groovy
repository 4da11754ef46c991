package turgus.web.catalog

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.web.shopping.ShoppingWebSpec
import turgus.web.testing.StatementLog

/**
 * How many round trips to the database the catalog's busiest reads cost a signed-in shopper,
 * counted at the JDBC driver, the request's session check included. A catalog page is the session
 * check plus one statement that reads the page with the catalog's version; a search seen before is
 * served from the kept results, reading only the page's products with the version. Its first page
 * also reads what the shopper searched in the last seconds, for the trending searches, and writes
 * the search when it is kept; a shopper repeating the search they last had kept here within those
 * seconds (a reload) spares both.
 */
@MicronautTest(transactional = false)
class CatalogRoundTripsSpec extends ShoppingWebSpec {

    @Override
    protected Map<String, Object> extraProperties() {
        StatementLog.settings()
    }

    void "#request costs #postgreSql round trips on PostgreSQL and #h2 on H2"() {
        given: 'products, and the request made once already, by the same shopper or another'
        (1..30).each { addProduct("Counted coffee ${it}", '4.00', 10) }
        String path = paths[request]
        if (path.contains('{id}')) {
            path = path.replace('{id}', String.valueOf(addProduct('Counted grinder', '30.00', 5)))
        }
        def earlier = request.contains('by another shopper') ? newUser() : customer
        assert get(path, earlier.accessToken).status == 200

        when:
        int status = 0
        List<String> statements = StatementLog.record { status = get(path, customer.accessToken).status }

        then:
        status == 200
        StatementLog.expectCount(statements, postgreSql, h2)

        where:
        request                                  || postgreSql | h2
        'a catalog page'                         || 2          | 2
        'a catalog page sorted by price'         || 2          | 2
        'a product'                              || 2          | 2
        'a search seen before by another shopper' || 4          | 4
        'a search the shopper just made again'   || 2          | 2
        'a search seen before, page 2'           || 2          | 2
    }

    static final Map<String, String> paths = [
            'a catalog page'                         : '/api/products?page=1&size=20',
            'a catalog page sorted by price'         : '/api/products?page=0&size=20&sort=price',
            'a product'                              : '/api/products/{id}',
            'a search seen before by another shopper': '/api/products?q=coffee&size=10',
            'a search the shopper just made again'   : '/api/products?q=coffee&size=10',
            'a search seen before, page 2'           : '/api/products?q=coffee&size=10&page=1',
    ]
}
