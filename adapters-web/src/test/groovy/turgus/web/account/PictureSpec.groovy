package turgus.web.account

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.persistence.testing.TestDatabase
import turgus.web.media.ProductImageSpec
import turgus.web.testing.Reply
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

import javax.imageio.ImageIO
import java.awt.image.BufferedImage

/** PUT /api/me/picture: checked by content, at most 2 MB, rewritten, served safely. */
@MicronautTest(transactional = false)
class PictureSpec extends WebSpec {

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB)
        image.setRGB(0, 0, 0xFF0000)
        ByteArrayOutputStream out = new ByteArrayOutputStream()
        ImageIO.write(image, 'png', out)
        out.toByteArray()
    }

    Reply uploadPicture(byte[] bytes, String filename, TestUser user) {
        upload('/api/me/picture', 'picture', filename, bytes, user.accessToken)
    }

    void "a PNG becomes the profile picture, resized and served as PNG, on #db"() {
        given:
        TestUser user = newUser()

        when:
        Reply reply = uploadPicture(png(2400, 1200), 'me.png', user)

        then:
        reply.status == 200
        reply.json.pictureUrl ==~ '/media/profiles/[0-9a-f]{32}\\.png'
        get('/api/me', user.accessToken).json.pictureUrl == reply.json.pictureUrl

        when:
        Reply served = get(reply.json.pictureUrl)
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(served.bytes))

        then:
        served.status == 200
        served.contentType == 'image/png'
        image.width == 1200
        image.height == 600

        where:
        db = TestDatabase.describe()
    }

    void "a new picture replaces the old one, whose file is gone"() {
        given:
        TestUser user = newUser()
        String first = uploadPicture(png(10, 10), 'a.png', user).json.pictureUrl

        when:
        String second = uploadPicture(png(20, 20), 'b.png', user).json.pictureUrl

        then:
        second != first
        get(second).status == 200
        get(first).status == 404
    }

    void "#description is refused with a 400 and the picture stays"() {
        given:
        TestUser user = newUser()
        String kept = uploadPicture(png(5, 5), 'ok.png', user).json.pictureUrl

        when:
        Reply reply = uploadPicture(bytes, name, user)

        then:
        reply.status == 400
        reply.json == [code: 400, message: 'The file must be a JPEG, PNG or SVG picture', reason: 'UNSUPPORTED_IMAGE']
        get('/api/me', user.accessToken).json.pictureUrl == kept

        where:
        description              | name        | bytes
        'a PNG header on garbage'| 'fake.png'  | ProductImageSpec.concat([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] as byte[], ('x' * 500).bytes)
        'a text file named .jpg' | 'photo.jpg' | 'just some text'.bytes
        'an HTML page'           | 'page.svg'  | '<html><body><script>alert(1)</script></body></html>'.bytes
    }

    void "a file over 2 MB is a 413 with the error body"() {
        given:
        TestUser user = newUser()
        byte[] big = new byte[2 * 1024 * 1024 + 10]
        new Random(1).nextBytes(big)

        when:
        Reply reply = uploadPicture(big, 'huge.png', user)

        then:
        reply.status == 413
        reply.json.code == 413
    }

    void "an SVG is cleaned of script and served so that it can run none"() {
        given:
        TestUser user = newUser()
        String svg = '''<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)">
              <script>alert(document.cookie)</script>
              <rect width="10" height="10" fill="red"/>
            </svg>'''

        when:
        Reply reply = uploadPicture(svg.bytes, 'me.svg', user)
        Reply served = get(reply.json.pictureUrl)

        then:
        reply.status == 200
        reply.json.pictureUrl.endsWith('.svg')
        served.status == 200
        served.contentType.startsWith('image/svg+xml')
        !served.text.contains('script')
        !served.text.contains('onload')
        served.text.contains('rect')
        served.header('Content-Security-Policy').contains('sandbox')
    }

    void "an upload without the picture part is a 400, and without a token a 401"() {
        given:
        TestUser user = newUser()

        expect:
        upload('/api/me/picture', 'file', 'x.png', png(5, 5), user.accessToken).status == 400
        upload('/api/me/picture', 'picture', 'x.png', png(5, 5), null).status == 401
    }
}
