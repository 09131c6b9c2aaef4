package org.edusignconnector.http;

import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;

/**
 * Bounds every outbound call, which the per-read {@code responseTimeout} does not: a server that
 * trickles a byte now and then never trips it. An interceptor of Apache HttpClient, the outermost one,
 * gives each call a total deadline (connection, request, the whole answer read): past it the call is
 * cancelled, its connection closed, and it fails with {@link CallDeadlineException}, an I/O failure
 * the {@code http-call} route redelivers like a timeout when the call may be re-sent. An answer above
 * the size limit (announced by Content-Length, or reached while reading) is refused with
 * {@link AnswerTooLargeException}, not retried.
 */
public final class CallLimits implements HttpClientConfigurer {

    private final long deadlineMillis;
    private final long maxAnswerBytes;
    private final ScheduledExecutorService timers;

    public CallLimits(long deadlineMillis, long maxAnswerBytes, ScheduledExecutorService timers) {
        if (deadlineMillis < 1 || maxAnswerBytes < 1) {
            throw new IllegalArgumentException("connector.http.call-deadline-ms and connector.http.max-answer-bytes must be positive, got "
                    + deadlineMillis + " and " + maxAnswerBytes);
        }
        this.deadlineMillis = deadlineMillis;
        this.maxAnswerBytes = maxAnswerBytes;
        this.timers = timers;
    }

    @Override
    public void configureHttpClient(HttpClientBuilder builder) {
        builder.addExecInterceptorFirst("connector-call-limits", this::execute);
    }

    private ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain) throws IOException, HttpException {
        String call = describe(request);
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = timers.schedule(() -> {
            expired.set(true);
            if (scope.originalRequest instanceof Cancellable cancellable) {
                cancellable.cancel();
            }
            scope.execRuntime.discardEndpoint();
        }, deadlineMillis, TimeUnit.MILLISECONDS);
        ClassicHttpResponse response;
        try {
            response = chain.proceed(request, scope);
        } catch (IOException e) {
            deadline.cancel(false);
            throw expired.get() ? new CallDeadlineException(call, deadlineMillis, e) : e;
        } catch (RuntimeException | HttpException e) {
            deadline.cancel(false);
            throw e;
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            deadline.cancel(false);
            return response;
        }
        if (entity.getContentLength() > maxAnswerBytes) {
            deadline.cancel(false);
            response.close();
            throw new AnswerTooLargeException(call, entity.getContentLength(), maxAnswerBytes);
        }
        response.setEntity(new LimitedEntity(entity, new LimitedEntity.Limits(call, maxAnswerBytes, deadlineMillis, expired, deadline)));
        return response;
    }

    /** Method, scheme, host and path: never the query string (it may carry e-mails) nor a header. */
    private static String describe(ClassicHttpRequest request) {
        String path = request.getPath() == null ? "" : request.getPath();
        int q = path.indexOf('?');
        return request.getMethod() + " " + request.getScheme() + "://" + request.getAuthority() + (q < 0 ? path : path.substring(0, q));
    }
}
