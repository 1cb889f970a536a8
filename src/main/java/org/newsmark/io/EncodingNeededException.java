package org.newsmark.io;

/**
 * A text file that is not valid in the encoding tried (strict UTF-8 unless one was chosen), so
 * the user should name its encoding: the app asks, the command line says to pass --encoding.
 * A type of its own, so nobody has to recognise the case by the words of the message.
 */
public class EncodingNeededException extends ImportException {

    public EncodingNeededException(String file, String problem) {
        super(file, problem);
    }
}
