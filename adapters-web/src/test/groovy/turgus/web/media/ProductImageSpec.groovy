package turgus.web.media

import io.micronaut.http.MediaType
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.lang.Shared
import spock.lang.Unroll
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

import javax.imageio.ImageIO
import java.awt.Color
import java.awt.image.BufferedImage
import java.nio.charset.StandardCharsets

/** Product pictures: what is accepted, what is refused, and how they are served. */
@MicronautTest(transactional = false)
class ProductImageSpec extends WebSpec {
    static final String REFUSAL = 'The file must be a JPEG, PNG or SVG picture'

    @Shared
    Long productId

    void setup() {
        if (productId == null) {
            Reply added = post('/api/admin/products', [name: 'Poster', price: 5], admin.accessToken)
            productId = added.json.id as Long
        }
    }

    Reply uploadImage(byte[] bytes, String filename = 'picture.bin', long product = productId) {
        upload("/api/admin/products/${product}/image", 'image', filename, bytes, admin.accessToken)
    }

    static byte[] picture(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB)
        def graphics = image.createGraphics()
        graphics.color = Color.ORANGE
        graphics.fillRect(0, 0, width, height)
        graphics.color = Color.BLUE
        graphics.fillOval(0, 0, width, height)
        graphics.dispose()
        ByteArrayOutputStream out = new ByteArrayOutputStream()
        assert ImageIO.write(image, format, out)
        out.toByteArray()
    }

    /** A JPEG with a comment segment right after its start marker: metadata the shop must drop. */
    static byte[] jpegWithComment(String comment) {
        byte[] jpeg = picture('jpg', 300, 200)
        byte[] text = comment.getBytes(StandardCharsets.US_ASCII)
        int length = text.length + 2
        ByteArrayOutputStream out = new ByteArrayOutputStream()
        out.write(jpeg, 0, 2)
        out.write([0xFF, 0xFE, (length >> 8) & 0xFF, length & 0xFF] as byte[])
        out.write(text)
        out.write(jpeg, 2, jpeg.length - 2)
        out.toByteArray()
    }

    static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = Arrays.copyOf(head, head.length + tail.length)
        System.arraycopy(tail, 0, all, head.length, tail.length)
        all
    }

    static BufferedImage decode(byte[] bytes) {
        ImageIO.read(new ByteArrayInputStream(bytes))
    }

    void "a large PNG is accepted, shrunk to fit 1200 x 1200 and served as PNG"() {
        when:
        Reply reply = uploadImage(picture('png', 2400, 1200), 'poster.png')

        then:
        reply.status == 200
        reply.json.id == productId
        reply.json.imageUrl ==~ '/media/products/[0-9a-f]{32}\\.png'

        when:
        Reply served = get(reply.json.imageUrl as String)

        then:
        served.status == 200
        served.contentType == 'image/png'
        decode(served.bytes).width == 1200
        decode(served.bytes).height == 600
        served.header('Cache-Control') == 'public, max-age=31536000, immutable'
        served.header('X-Content-Type-Options') == 'nosniff'
    }

    void "a small JPEG keeps its size but loses its metadata"() {
        given:
        byte[] original = jpegWithComment('secret-comment-with-gps')

        when:
        Reply reply = uploadImage(original, 'photo.jpg')
        Reply served = get(reply.json.imageUrl as String)

        then:
        reply.status == 200
        reply.json.imageUrl ==~ '/media/products/[0-9a-f]{32}\\.jpg'
        served.contentType == 'image/jpeg'
        decode(served.bytes).width == 300
        decode(served.bytes).height == 200
        !new String(served.bytes, StandardCharsets.ISO_8859_1).contains('secret-comment')
    }

    void "the shopper's product shows the picture"() {
        when:
        String url = uploadImage(picture('png', 50, 50)).json.imageUrl

        then:
        get("/api/products/${productId}", customer.accessToken).json.imageUrl == url
    }

    void "a new picture replaces the old one, whose file is gone"() {
        given:
        String first = uploadImage(picture('png', 40, 40)).json.imageUrl

        when:
        String second = uploadImage(picture('png', 60, 60)).json.imageUrl

        then:
        first != second
        get(second).status == 200
        get(first).status == 404
    }

    void "an SVG is cleaned of script, handlers, foreign objects and outside links"() {
        given:
        String svg = '''<?xml version="1.0"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10" onload="alert(1)">
              <script>alert('xss')</script>
              <foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example"/></body></foreignObject>
              <a href="javascript:alert(2)"><rect width="5" height="5" onclick="alert(3)" fill="red"/></a>
              <image xlink:href="https://evil.example/track.png" width="1" height="1"/>
              <set attributeName="href" to="javascript:alert(4)"/>
              <use href="#dot"/>
              <circle id="dot" cx="5" cy="5" r="4" fill="blue"/>
            </svg>'''

        when:
        Reply reply = uploadImage(svg.getBytes(StandardCharsets.UTF_8), 'logo.svg')
        Reply served = get(reply.json.imageUrl as String)

        then:
        reply.status == 200
        reply.json.imageUrl ==~ '/media/products/[0-9a-f]{32}\\.svg'
        served.status == 200
        served.contentType.startsWith('image/svg+xml')
        !served.text.contains('<script')
        !served.text.contains('alert')
        !served.text.toLowerCase().contains('onload')
        !served.text.toLowerCase().contains('onclick')
        !served.text.contains('foreignObject')
        !served.text.contains('evil.example')
        !served.text.contains('javascript:')
        served.text.contains('<circle')
        served.text.contains('href="#dot"')

        and: 'served so that nothing in it could run in the shop'
        served.header('Content-Security-Policy') == "default-src 'none'; style-src 'unsafe-inline'; sandbox"
        served.header('Content-Disposition') == 'inline'
        served.header('X-Content-Type-Options') == 'nosniff'
    }

    @Unroll
    void "#description is refused with a 400 in plain words"() {
        when:
        Reply reply = uploadImage(bytes, filename)

        then:
        reply.status == 400
        reply.json == [code: 400, message: REFUSAL, reason: 'UNSUPPORTED_IMAGE']

        where:
        description                  | filename      | bytes
        'a GIF'                      | 'cat.gif'     | picture('gif', 10, 10)
        'a PNG header on garbage'    | 'fake.png'    | concat([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] as byte[], ('x' * 500).bytes)
        'a JPEG header on garbage'   | 'fake.jpg'    | concat([0xFF, 0xD8, 0xFF, 0xE0] as byte[], ('y' * 500).bytes)
        'an .exe renamed .png'       | 'setup.png'   | ('MZ' + ('\u0000' * 100) + 'This program cannot be run in DOS mode').bytes
        'an HTML page'               | 'page.png'    | '<html><body><script>alert(1)</script></body></html>'.bytes
        'XML that is not an SVG'     | 'data.svg'    | '<?xml version="1.0"?><note><to>you</to></note>'.bytes
        'broken XML'                 | 'broken.svg'  | '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>'.bytes
        'an SVG with an XXE entity'  | 'xxe.svg'     | '''<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>'''.bytes
        'an SVG with entity bombs'   | 'lol.svg'     | '''<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>'''.bytes
        'an empty file'              | 'empty.png'   | new byte[0]
        'plain text'                 | 'notes.txt'   | 'just words'.bytes
    }

    void "a refused upload leaves the product's picture alone"() {
        given:
        String kept = uploadImage(picture('png', 20, 20)).json.imageUrl

        when:
        uploadImage('not a picture'.bytes)

        then:
        get("/api/admin/products/${productId}", admin.accessToken).json.imageUrl == kept
        get(kept).status == 200
    }

    void "a file over 2 MB is a 413 with the error body"() {
        given:
        byte[] big = new byte[2 * 1024 * 1024 + 1024]
        new Random(7).nextBytes(big)

        when:
        Reply reply = uploadImage(big, 'huge.png')

        then:
        reply.status == 413
        reply.json.code == 413
        reply.json.message
    }

    void "an upload without the image part is a 400 naming it"() {
        when:
        Reply reply = upload("/api/admin/products/${productId}/image", 'file', 'x.png', picture('png', 5, 5), admin.accessToken)

        then:
        reply.status == 400
        reply.json.errors == [[field: 'image', message: 'is required', rule: 'REQUIRED']]
    }

    void "an upload for an unknown product is a 404"() {
        expect:
        uploadImage(picture('png', 5, 5), 'x.png', 999_999).status == 404
    }

    void "customers may not upload pictures"() {
        expect:
        upload("/api/admin/products/${productId}/image", 'image', 'x.png', picture('png', 5, 5), customer.accessToken).status == 403
    }

    @Unroll
    void "the picture path '#path' never reaches outside the picture folder"() {
        when:
        Reply reply = get(path)

        then:
        reply.status in [400, 404]
        !reply.text.contains('root:')
        !reply.text.contains('<project')

        where:
        path << [
                '/media/products/..%2F..%2F..%2Fpom.xml',
                '/media/products/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
                '/media/products/..%5C..%5Cpom.xml',
                '/media/products/....//....//etc/passwd',
                '/media/products/0123456789abcdef0123456789abcdef.png%00.txt',
                '/media/products/0123456789abcdef0123456789abcdef.exe',
                '/media/products/0123456789abcdef0123456789abcdef.png',
                '/media/products/',
                '/media/products/%2Fetc%2Fpasswd',
        ]
    }

    void "pictures are public: an <img> sends no token"() {
        given:
        String url = uploadImage(picture('png', 8, 8)).json.imageUrl

        expect:
        get(url).status == 200
    }
}
