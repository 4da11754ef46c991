package turgus.web.platform

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.web.account.PictureSpec
import turgus.web.media.FullDiskProfilePictureStore
import turgus.web.testing.Reply
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

/**
 * A full disk is an outage, not a bug: the upload answers 507 STORAGE_FULL with the error body and
 * changes nothing, and works again once there is space, without a restart. (stress-suite/faults/run
 * fills a real disk under a running shop.)
 */
@MicronautTest(transactional = false)
class StorageFullSpec extends WebSpec {
    @Inject
    FullDiskProfilePictureStore store

    @Override
    protected Map<String, Object> extraProperties() {
        ['spec.name': 'StorageFullSpec']
    }

    def cleanup() {
        store.full = false
    }

    void "a picture upload on a full disk answers 507 STORAGE_FULL and changes nothing"() {
        given:
        TestUser user = newUser()
        store.full = true

        when:
        Reply reply = upload('/api/me/picture', 'picture', 'me.png', PictureSpec.png(5, 5), user.accessToken)

        then:
        reply.status == 507
        reply.json == [code   : 507,
                       message: "The shop's storage is full, so nothing was saved. Please try again later.",
                       reason : 'STORAGE_FULL']
        get('/api/me', user.accessToken).json.pictureUrl == null
    }

    void "the upload works again once there is space"() {
        given:
        TestUser user = newUser()
        store.full = true
        assert upload('/api/me/picture', 'picture', 'me.png', PictureSpec.png(5, 5), user.accessToken).status == 507

        when:
        store.full = false
        Reply reply = upload('/api/me/picture', 'picture', 'me.png', PictureSpec.png(5, 5), user.accessToken)

        then:
        reply.status == 200
        get('/api/me', user.accessToken).json.pictureUrl == reply.json.pictureUrl
    }
}
