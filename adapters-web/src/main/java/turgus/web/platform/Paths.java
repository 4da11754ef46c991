package turgus.web.platform;

/** Which part of the site a request path belongs to. */
public final class Paths {
    private Paths() {}

    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** Paths the server answers itself: never the SPA, even when a browser asks for HTML. */
    public static boolean isServerOwned(String path) {
        return isApi(path)
                || under(path, "/docs")
                || under(path, "/swagger")
                || under(path, "/swagger-ui")
                || under(path, "/health")
                || under(path, "/prometheus")
                || under(path, "/media");
    }

    /** The API documentation pages, which need a looser Content-Security-Policy. */
    public static boolean isDocs(String path) {
        return under(path, "/docs") || under(path, "/swagger-ui") || under(path, "/swagger");
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
