package jp.kyodoflow.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted per source over a sliding window. A source with {@code maxFailures}
 * failures in the window (logins in flight counted as failures, so a parallel burst cannot slip
 * through) gets no more password checks until its oldest failure is older than the window. A
 * success does not clear the failures: an attacker with an account of their own cannot reset them.
 * Memory is bounded by {@code maxSources}; beyond it the sources idle longest are forgotten.
 */
final class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final int maxSources;
    private final Clock clock;
    private final Map<String, Source> sources = new ConcurrentHashMap<>();

    /** How long a check waits for a free place when the source's checks in flight fill its budget. */
    private final Duration maxWait;

    LoginThrottle(SecurityProperties.LoginThrottle settings, Clock clock) {
        this(settings, clock, Duration.ZERO);
    }

    LoginThrottle(SecurityProperties.LoginThrottle settings, Clock clock, Duration maxWait) {
        this.maxFailures = settings.maxFailures();
        this.window = settings.window();
        this.maxSources = settings.maxSources();
        this.clock = clock;
        this.maxWait = maxWait;
    }

    private static final class Source {
        final ArrayDeque<Instant> failures = new ArrayDeque<>();
        int inFlight;
        Instant lastSeen;
        boolean removed;
    }

    /**
     * @return true when the source may have its password checked now (then call {@link #finish} once).
     * A source with its failures used up is refused at once. Checks in flight hold a place of the
     * budget (so a parallel burst of guesses cannot slip through); when they fill it, a further check
     * waits up to {@code maxWait} for one to finish — many people behind one office address logging in
     * at the same moment are delayed, not refused.
     */
    boolean tryStart(String source) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            Source s = sources.computeIfAbsent(source, k -> new Source());
            synchronized (s) {
                if (s.removed) {
                    continue;
                }
                Instant now = clock.instant();
                prune(s, now);
                s.lastSeen = now;
                if (s.failures.size() >= maxFailures) {
                    return false;
                }
                if (s.failures.size() + s.inFlight >= maxFailures) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    try {
                        s.wait(Math.max(1, left / 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                    continue;
                }
                s.inFlight++;
            }
            if (sources.size() > maxSources) {
                evict();
            }
            return true;
        }
    }

    /** @return true when this failure closed the source (reached the limit), so that it is logged once */
    boolean finish(String source, boolean failed) {
        Source s = sources.get(source);
        if (s == null) {
            return false;
        }
        synchronized (s) {
            s.inFlight = Math.max(0, s.inFlight - 1);
            s.notifyAll();
            if (failed) {
                s.failures.addLast(clock.instant());
            }
            forgetIfIdle(source, s);
            return failed && s.failures.size() == maxFailures;
        }
    }

    /** Failures of the source still counting (for tests and logs). */
    int failures(String source) {
        Source s = sources.get(source);
        if (s == null) {
            return 0;
        }
        synchronized (s) {
            prune(s, clock.instant());
            return s.failures.size();
        }
    }

    /** Whether the source has its failures used up, so that its logins are refused without a password check. */
    boolean refuses(String source) {
        return source != null && failures(source) >= maxFailures;
    }

    /** Forgets one source (tests; an administrator after a false alarm). */
    void forget(String source) {
        Source s = sources.get(source);
        if (s != null) {
            synchronized (s) {
                s.failures.clear();
                forgetIfIdle(source, s);
            }
        }
    }

    private void prune(Source s, Instant now) {
        Instant oldest = now.minus(window);
        while (!s.failures.isEmpty() && !s.failures.peekFirst().isAfter(oldest)) {
            s.failures.removeFirst();
        }
    }

    private void forgetIfIdle(String key, Source s) {
        if (s.inFlight == 0 && s.failures.isEmpty()) {
            s.removed = true;
            sources.remove(key, s);
        }
    }

    private void evict() {
        Instant now = clock.instant();
        sources.forEach((key, s) -> {
            synchronized (s) {
                prune(s, now);
                forgetIfIdle(key, s);
            }
        });
        int excess = sources.size() - maxSources;
        if (excess <= 0) {
            return;
        }
        List<Map.Entry<String, Instant>> byAge = new ArrayList<>();
        sources.forEach((key, s) -> {
            synchronized (s) {
                byAge.add(Map.entry(key, s.lastSeen == null ? Instant.EPOCH : s.lastSeen));
            }
        });
        byAge.sort(Map.Entry.comparingByValue());
        for (Map.Entry<String, Instant> oldest : byAge.subList(0, Math.min(excess, byAge.size()))) {
            Source s = sources.get(oldest.getKey());
            if (s != null) {
                synchronized (s) {
                    if (s.inFlight == 0) {
                        s.removed = true;
                        sources.remove(oldest.getKey(), s);
                    }
                }
            }
        }
    }
}
