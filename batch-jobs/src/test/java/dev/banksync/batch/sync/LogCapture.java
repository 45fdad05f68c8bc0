package dev.banksync.batch.sync;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event of every logger at DEBUG, as text (message and stack trace), while keeping it off the
 * console; {@link #close()} puts the logging back as it was.
 */
final class LogCapture implements AutoCloseable {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger ours = context.getLogger("dev.banksync");
    private final Level rootLevel = root.getLevel();
    private final Level ourLevel = ours.getLevel();
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final List<Appender<ILoggingEvent>> console = new java.util.ArrayList<>();

    LogCapture() {
        events.setContext(context);
        events.start();
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            console.add(it.next());
        }
        console.forEach(root::detachAppender);
        root.addAppender(events);
        root.setLevel(Level.DEBUG);
        ours.setLevel(Level.DEBUG);
    }

    /** Each captured event as its formatted message followed by its stack trace, if any. */
    List<String> texts() {
        // AppenderBase.doAppend holds the appender's monitor while it adds: copying under it sees a still list
        List<ILoggingEvent> captured;
        synchronized (events) {
            captured = List.copyOf(events.list);
        }
        return captured.stream().map(e -> e.getLoggerName() + " " + e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .toList();
    }

    @Override
    public void close() {
        root.detachAppender(events);
        console.forEach(root::addAppender);
        root.setLevel(rootLevel);
        ours.setLevel(ourLevel);
    }
}
