package org.newsmark.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassDataRelaunchTest {

    /** Plain options go to the child; an archive of its own, an agent or the debugger means no second JVM. */
    @Test
    void aJvmWithItsOwnArchiveAgentOrDebuggerStartsDirectly() {
        assertTrue(ClassDataRelaunch.relaunchable(List.of("-Dnewsmark.home=/tmp/h", "-Xmx2g")));
        assertFalse(ClassDataRelaunch.relaunchable(List.of("-XX:SharedArchiveFile=/opt/newsmark/lib/app/newsmark.jsa")));
        assertFalse(ClassDataRelaunch.relaunchable(List.of("-XX:ArchiveClassesAtExit=x.jsa")));
        assertFalse(ClassDataRelaunch.relaunchable(List.of("-Xshare:off")));
        assertFalse(ClassDataRelaunch.relaunchable(List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005")));
        assertFalse(ClassDataRelaunch.relaunchable(List.of("-javaagent:x.jar")));
        assertFalse(ClassDataRelaunch.relaunchable(List.of("-XX:StartFlightRecording=filename=x.jfr")));
    }

    /** A child that crashed may have crashed on a damaged archive: the next start writes a new one. */
    @Test
    void anArchiveIsKeptOnlyAfterTheWindowEndedWell() {
        assertTrue(ClassDataRelaunch.keepArchive(0));
        assertFalse(ClassDataRelaunch.keepArchive(134), "SIGABRT, as hs_err ends");
        assertFalse(ClassDataRelaunch.keepArchive(139), "SIGSEGV");
        assertFalse(ClassDataRelaunch.keepArchive(1));
    }

    /** java -jar newsmark.jar is relaunched; a class folder (mvn javafx:run, an IDE) is not, since JDK 17 cannot archive it. */
    @Test
    void onlyAClassPathOfJarsIsRelaunched() {
        assertTrue(ClassDataRelaunch.onlyJars("target/newsmark.jar"));
        assertTrue(ClassDataRelaunch.onlyJars("/opt/a.jar:/opt/lib/b.jar"));
        assertFalse(ClassDataRelaunch.onlyJars("target/classes:target/lib/b.jar"));
        assertFalse(ClassDataRelaunch.onlyJars(""));
    }
}
