# Shared by the installer scripts (sourced, not run). Values every platform uses.
APP_NAME="Newsmark"
APP_VENDOR="Newsmark"
APP_DESCRIPTION="Desktop annotation workbench for media analysts"
APP_COPYRIGHT="Newsmark contributors"
MAIN_CLASS="org.newsmark.app.Main"
MAIN_JAR="newsmark.jar"
# jpackage wants a purely numeric version: 0.1.0-SNAPSHOT -> 0.1.0
app_version() {
  sed -n '/<version>/{s:.*<version>\([0-9.]*\).*</version>.*:\1:p;q}' pom.xml
}
# JDK modules that are always added to what jdeps finds: things reached by reflection or
# service loading (JNDI in sqlite-jdbc, logging bridges, JFR, charsets for imported articles).
EXTRA_MODULES="java.logging,java.naming,java.management,java.scripting,java.xml,jdk.jfr,jdk.unsupported,jdk.charsets,jdk.crypto.ec,jdk.zipfs"
# JVM options of the launchers: JDK 17 writes its warnings (e.g. a refused class-data-sharing
# archive) to standard output by default, in front of the data of 'export --out -' and 'list'.
# Nothing of the JVM's on stdout; warnings and errors on stderr. all=off:stdout, not disable, so
# that a diagnostic log to a file (JAVA_TOOL_OPTIONS=-Xlog:cds=info:file=...) still works.
# One option per word (LauncherLogOptionsTest runs a JVM with them).
LAUNCHER_LOG_OPTIONS="-Xlog:all=off:stdout -Xlog:all=warning:stderr"
