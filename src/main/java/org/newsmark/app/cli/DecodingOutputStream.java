package org.newsmark.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes decoded into a Writer, for a command line given only a Writer (the tests): a
 * character split between two writes is kept until its last byte arrives.
 */
final class DecodingOutputStream extends OutputStream {

    private final Writer out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    DecodingOutputStream(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, pending.remaining());
            pending.put(b, off, n);
            off += n;
            len -= n;
            decode(false);
        }
    }

    private void decode(boolean end) throws IOException {
        pending.flip();
        while (true) {
            boolean more = decoder.decode(pending, chars, end).isOverflow();
            out.write(chars.array(), 0, chars.position());
            chars.clear();
            if (!more) {
                break;
            }
        }
        pending.compact();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        decode(true);
        decoder.flush(chars);
        out.write(chars.array(), 0, chars.position());
        chars.clear();
        out.flush();
    }
}
