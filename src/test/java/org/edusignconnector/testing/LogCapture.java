package org.edusignconnector.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Everything the JVM logs or prints while it is open: the runtime logs through slf4j-simple, which
 * writes each line to the current {@code System.err} (its output stream is not cached), so both
 * standard streams are redirected into memory (not echoed: at TRACE that is megabytes);
 * java.util.logging records (libraries that use it) are captured by a handler on the root logger.
 *
 * <p>The loggers under the given names log at TRACE while the capture is open: those that exist
 * already (slf4j-simple fixes a logger's level when it is created, and the test JVM has created
 * many) through their level field, those created later through slf4j-simple's
 * {@code org.slf4j.simpleLogger.log.NAME} system properties. Both are put back at {@link #close()}.
 */
public final class LogCapture implements AutoCloseable {

    private static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.log.";
    private static final int TRACE = 0; // slf4j-simple's LOG_LEVEL_TRACE

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final Handler julHandler = new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            byte[] line = format.format(record).getBytes(StandardCharsets.UTF_8);
            synchronized (captured) {
                captured.write(line, 0, line.length);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final List<String> tracedNames = new java.util.ArrayList<>();
    private final Map<Object, Integer> previousLevels = new LinkedHashMap<>();
    private final Map<String, String> previousProperties = new LinkedHashMap<>();

    private LogCapture() {
    }

    /** Starts capturing; the loggers named (or under the names) log at TRACE until {@link #close()}. */
    public static LogCapture start(String... tracedNames) {
        LogCapture capture = new LogCapture();
        capture.trace(List.of(tracedNames));
        System.setOut(new PrintStream(capture.sink(), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(capture.sink(), true, StandardCharsets.UTF_8));
        java.util.logging.Logger.getLogger("").addHandler(capture.julHandler);
        return capture;
    }

    /** What was logged or printed so far. */
    public String text() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    /** Whether something was logged at TRACE or DEBUG under one of the traced names (slf4j-simple's line format). */
    public boolean hasFineLines() {
        return text().lines().anyMatch(l -> (l.contains(" TRACE ") || l.contains(" DEBUG "))
                && tracedNames.stream().anyMatch(l::contains));
    }

    @Override
    public void close() {
        java.util.logging.Logger.getLogger("").removeHandler(julHandler);
        System.setOut(out);
        System.setErr(err);
        previousLevels.forEach((logger, level) -> setLevel(logger, level));
        previousProperties.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    /** Kept in memory only: at TRACE the runtime writes megabytes, which the build's output does not need. */
    private OutputStream sink() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (captured) {
                    captured.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (captured) {
                    captured.write(b, off, len);
                }
            }
        };
    }

    /**
     * These loggers too (or those under these names) log at TRACE until {@link #close()}: for names
     * known once the runtime has started, such as route ids (the loggers of the routes' log steps).
     */
    public LogCapture trace(java.util.Collection<String> names) {
        for (String name : names) {
            if (!previousProperties.containsKey(LEVEL_PROPERTY + name)) {
                previousProperties.put(LEVEL_PROPERTY + name, System.getProperty(LEVEL_PROPERTY + name));
            }
            System.setProperty(LEVEL_PROPERTY + name, "trace");
            tracedNames.add(name);
        }
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        try {
            Field map = factory.getClass().getDeclaredField("loggerMap");
            map.setAccessible(true);
            ((Map<?, ?>) map.get(factory)).forEach((name, logger) -> {
                if (traced(name.toString())) {
                    previousLevels.putIfAbsent(logger, level(logger));
                    setLevel(logger, TRACE);
                }
            });
            return this;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the logging backend is not slf4j-simple any more: adapt LogCapture", e);
        }
    }

    private boolean traced(String loggerName) {
        return tracedNames.stream().anyMatch(n -> loggerName.equals(n) || loggerName.startsWith(n + "."));
    }

    private static int level(Object logger) {
        try {
            return levelField(logger).getInt(logger);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setLevel(Object logger, int level) {
        try {
            levelField(logger).setInt(logger, level);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field levelField(Object logger) throws NoSuchFieldException {
        Field f = logger.getClass().getDeclaredField("currentLogLevel");
        f.setAccessible(true);
        return f;
    }
}
