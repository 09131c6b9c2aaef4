package org.edusignconnector.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/**
 * An answer's body read under the {@link CallLimits}: refused past the size limit, failing with the
 * deadline's own message when the deadline cut it, and freeing the deadline's timer once read or closed.
 */
final class LimitedEntity extends HttpEntityWrapper {

    /** The call, its limits, and the deadline's state. */
    record Limits(String call, long maxBytes, long deadlineMillis, AtomicBoolean expired, Future<?> deadline) {
    }

    private final Limits limits;

    LimitedEntity(HttpEntity wrapped, Limits limits) {
        super(wrapped);
        this.limits = limits;
    }

    @Override
    public InputStream getContent() throws IOException {
        return new Counting(super.getContent(), limits);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try (InputStream in = getContent()) {
            in.transferTo(out);
        }
    }

    private static final class Counting extends FilterInputStream {
        private final Limits limits;
        private long count;

        Counting(InputStream in, Limits limits) {
            super(in);
            this.limits = limits;
        }

        @Override
        public int read() throws IOException {
            int b = guarded(() -> super.read());
            if (b < 0) {
                limits.deadline().cancel(false);
            } else {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = guarded(() -> super.read(buffer, offset, length));
            if (n < 0) {
                limits.deadline().cancel(false);
            } else {
                counted(n);
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            limits.deadline().cancel(false);
            super.close();
        }

        private void counted(int n) {
            count += n;
            if (count > limits.maxBytes()) {
                limits.deadline().cancel(false);
                throw new AnswerTooLargeException(limits.call(), -1, limits.maxBytes());
            }
        }

        private int guarded(IoRead read) throws IOException {
            try {
                return read.get();
            } catch (IOException e) {
                if (limits.expired().get()) {
                    throw new CallDeadlineException(limits.call(), limits.deadlineMillis(), e);
                }
                throw e;
            }
        }
    }

    @FunctionalInterface
    private interface IoRead {
        int get() throws IOException;
    }
}
