package org.newsmark.io;

/**
 * POI and PDFBox log through log4j-api, which has no backend in Newsmark and then prints
 * "StatusLogger ... could not find a logging provider" and warnings on stderr, which analysts
 * read as errors. Route log4j to its simple logger, switched off unless the application has
 * configured something itself. Must run before the first POI/PDFBox class loads; every reader
 * that uses those libraries calls {@link #install()} in its static initialiser.
 */
public final class QuietLogging {

    private static final String FACTORY = "log4j2.loggerContextFactory";
    private static final String SIMPLE_LEVEL = "org.apache.logging.log4j.simplelog.level";
    private static final String STATUS_LEVEL = "log4j2.StatusLogger.level";

    private QuietLogging() {
    }

    public static synchronized void install() {
        setIfAbsent(FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent(SIMPLE_LEVEL, "OFF");
        setIfAbsent(STATUS_LEVEL, "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
