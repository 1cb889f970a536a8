package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NewsmarkCliTest {

    /** isCommand's written-out names are picocli's subcommands, no more and no fewer. */
    @Test
    void theCommandNamesArePicocliSubcommands() {
        assertEquals(new CommandLine(new NewsmarkCli()).getSubcommands().keySet(), NewsmarkCli.COMMANDS);
    }

    @Test
    void aProjectOrNoArgumentOpensTheWindow() {
        assertTrue(NewsmarkCli.isCommand(new String[] {"export", "p.newsmark"}));
        assertTrue(NewsmarkCli.isCommand(new String[] {"--help"}));
        assertFalse(NewsmarkCli.isCommand(new String[] {"p.newsmark", "--analyst", "Ann"}));
        assertFalse(NewsmarkCli.isCommand(new String[] {}));
    }
}
