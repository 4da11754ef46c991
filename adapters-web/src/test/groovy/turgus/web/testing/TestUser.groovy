package turgus.web.testing

import groovy.transform.Canonical

/** An account made for a test, with the tokens of one signed-in session. */
@Canonical
class TestUser {
    long id
    String email
    String phone
    String password
    String accessToken
    String refreshToken
}
