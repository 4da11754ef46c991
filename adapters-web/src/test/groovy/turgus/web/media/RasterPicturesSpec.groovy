package turgus.web.media

import spock.lang.Specification

import javax.imageio.ImageIO
import java.awt.image.BufferedImage
import java.lang.management.ManagementFactory

/** How uploaded JPEG and PNG pictures are decoded and written afresh. */
class RasterPicturesSpec extends Specification {

    static byte[] picture(String format, int width, int height, int type = BufferedImage.TYPE_INT_RGB) {
        BufferedImage image = new BufferedImage(width, height, type)
        image.setRGB(0, 0, 0xFF0000)
        ByteArrayOutputStream out = new ByteArrayOutputStream()
        ImageIO.write(image, format, out)
        out.toByteArray()
    }

    static BufferedImage decoded(byte[] bytes) {
        ImageIO.read(new ByteArrayInputStream(bytes))
    }

    /** Bytes this thread has allocated so far (HotSpot counts them per thread). */
    static long allocatedHere() {
        (ManagementFactory.threadMXBean as com.sun.management.ThreadMXBean).currentThreadAllocatedBytes
    }

    void "a #width x #height #format is written #expectedWidth x #expectedHeight"() {
        when:
        BufferedImage written = decoded(RasterPictures.reencode(picture(format, width, height), PictureFormat.valueOf(format.toUpperCase())))

        then:
        written.width == expectedWidth
        written.height == expectedHeight

        where:
        format | width | height || expectedWidth | expectedHeight
        'png'  | 800   | 600    || 800           | 600
        'png'  | 1200  | 1200   || 1200          | 1200
        'png'  | 2400  | 1200   || 1200          | 600
        'png'  | 2401  | 10     || 1200          | 5
        'png'  | 4799  | 4799   || 1200          | 1200
        'jpeg' | 100   | 4000   || 30            | 1200
        'jpeg' | 3000  | 2000   || 1200          | 800
        'jpeg' | 6300  | 6300   || 1200          | 1200
    }

    void "a #megapixels-megapixel #format is shrunk without decoding it whole (#bytesPerPixel bytes a pixel)"() {
        given: 'a picture at the size limit, small as a file'
        byte[] upload = picture(format, side, side, type)
        RasterPictures.reencode(picture(format, 50, 50, type), PictureFormat.valueOf(format.toUpperCase()))

        when:
        long before = allocatedHere()
        BufferedImage written = decoded(RasterPictures.reencode(upload, PictureFormat.valueOf(format.toUpperCase())))
        long allocated = allocatedHere() - before

        then: 'less than the whole picture takes decoded'
        written.width == 1200
        allocated < (side as long) * side * bytesPerPixel

        where:
        format | side | type                               | bytesPerPixel
        'jpeg' | 6300 | BufferedImage.TYPE_INT_RGB         | 3
        'png'  | 6300 | BufferedImage.TYPE_INT_ARGB        | 4
        'png'  | 6300 | BufferedImage.TYPE_BYTE_GRAY       | 1

        megapixels = Math.round(side * side / 1e6)
    }

    void "a picture that claims more than 40 megapixels is refused before decoding"() {
        when:
        RasterPictures.reencode(picture('png', 6400, 6400, BufferedImage.TYPE_BYTE_GRAY), PictureFormat.PNG)

        then:
        thrown(NotAPicture)
    }

    void "a JPEG whose EXIF says #orientation stands the right way up"() {
        given: 'a 40 x 20 picture, stored on its side as phone cameras store it'
        byte[] jpeg = withExifOrientation(picture('jpeg', 40, 20), orientation)

        when:
        BufferedImage written = decoded(RasterPictures.reencode(jpeg, PictureFormat.JPEG))

        then:
        [written.width, written.height] == expected

        where:
        orientation || expected
        1           || [40, 20]
        3           || [40, 20]
        6           || [20, 40]
        8           || [20, 40]
    }

    void "a large JPEG on its side is shrunk and stood up"() {
        given:
        byte[] jpeg = withExifOrientation(picture('jpeg', 4000, 3000), 6)

        when:
        BufferedImage written = decoded(RasterPictures.reencode(jpeg, PictureFormat.JPEG))

        then:
        [written.width, written.height] == [900, 1200]
    }

    void "the EXIF block is not kept"() {
        given:
        byte[] jpeg = withExifOrientation(picture('jpeg', 40, 20), 1)

        when:
        byte[] written = RasterPictures.reencode(jpeg, PictureFormat.JPEG)

        then:
        !new String(written, 'ISO-8859-1').contains('Exif')
    }

    /** The JPEG with an APP1 EXIF segment that holds one tag: the orientation (0x0112). */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream()
        tiff.write('MM'.bytes)
        tiff.write([0x00, 0x2A, 0x00, 0x00, 0x00, 0x08] as byte[]) // big-endian, first IFD at 8
        tiff.write([0x00, 0x01] as byte[])                         // one entry
        tiff.write([0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01] as byte[]) // orientation, SHORT, 1
        tiff.write([0x00, orientation, 0x00, 0x00] as byte[])
        tiff.write([0x00, 0x00, 0x00, 0x00] as byte[])             // no next IFD
        ByteArrayOutputStream segment = new ByteArrayOutputStream()
        segment.write('Exif\u0000\u0000'.getBytes('ISO-8859-1'))
        segment.write(tiff.toByteArray())
        byte[] body = segment.toByteArray()
        int length = body.length + 2
        ByteArrayOutputStream out = new ByteArrayOutputStream()
        out.write(jpeg, 0, 2) // SOI
        out.write([0xFF, 0xE1, length >> 8, length & 0xFF] as byte[])
        out.write(body)
        out.write(jpeg, 2, jpeg.length - 2)
        out.toByteArray()
    }
}
