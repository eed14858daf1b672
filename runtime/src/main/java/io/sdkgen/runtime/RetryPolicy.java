package io.sdkgen.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how often a call is repeated. Immutable.
 *
 * <p>Retried: the throttling codes {@code Throttling}, {@code Throttling.User}, {@code
 * Throttling.Api} whatever their status (the request was refused before it ran); HTTP 429, 500,
 * 502, 503, 504; connection failures and timeouts. A mutating operation without a ClientToken is
 * retried only on throttling, unless {@link Builder#retryNonIdempotent(boolean)} allows it. Each
 * retry waits with exponential backoff and full jitter: a uniformly random delay in {@code [0,
 * min(maxDelay, baseDelay * 2^(retry-1))]}. No attempt starts, and no wait goes, past the total
 * deadline. Defaults: 3 attempts, base 100 ms, cap 5 s, deadline 60 s.
 */
public final class RetryPolicy {
  /** The throttling codes retried by default. */
  public static final Set<String> THROTTLING_CODES =
      Set.of("Throttling", "Throttling.User", "Throttling.Api");

  /** The HTTP statuses retried by default. */
  public static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 500, 502, 503, 504);

  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  /** Waits between attempts; replaceable in tests. */
  @FunctionalInterface
  public interface Sleeper {
    /** Blocks for {@code delay}. */
    void sleep(Duration delay) throws InterruptedException;
  }

  private final int maxAttempts;
  private final Duration totalDeadline;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Set<String> retryableCodes;
  private final Set<Integer> retryableStatuses;
  private final boolean retryNonIdempotent;
  private final Sleeper sleeper;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.totalDeadline = b.totalDeadline;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.retryableCodes = Set.copyOf(b.retryableCodes);
    this.retryableStatuses = Set.copyOf(b.retryableStatuses);
    this.retryNonIdempotent = b.retryNonIdempotent;
    this.sleeper = b.sleeper;
  }

  /** Returns the default policy. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** Returns a policy that never retries. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** Returns a builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this policy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxAttempts = maxAttempts;
    b.totalDeadline = totalDeadline;
    b.baseDelay = baseDelay;
    b.maxDelay = maxDelay;
    b.retryableCodes = retryableCodes;
    b.retryableStatuses = retryableStatuses;
    b.retryNonIdempotent = retryNonIdempotent;
    b.sleeper = sleeper;
    return b;
  }

  /** Returns the maximum number of attempts, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** Returns the deadline for the whole call, retries and waits included. */
  public Duration totalDeadline() {
    return totalDeadline;
  }

  /** Returns the base delay. */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** Returns the cap on a single delay. */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** Returns whether unsafe operations are retried on transport failures and 5xx. */
  public boolean retryNonIdempotent() {
    return retryNonIdempotent;
  }

  /** Returns the sleeper. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** Returns whether an error answer with {@code status} and {@code code} may be retried. */
  public boolean isRetryable(OperationInfo operation, int status, String code) {
    if (code != null && retryableCodes.contains(code)) {
      return true;
    }
    return retryableStatuses.contains(status) && (status == 429 || isSafe(operation));
  }

  /** Returns whether a transport failure (connect, I/O, timeout) may be retried. */
  public boolean isRetryableTransport(OperationInfo operation) {
    return isSafe(operation);
  }

  private boolean isSafe(OperationInfo operation) {
    return retryNonIdempotent || operation.idempotent();
  }

  /** Returns a full-jitter delay before retry number {@code retry} (1 = the first retry). */
  public Duration delayBeforeRetry(int retry) {
    long base = baseDelay.toNanos();
    long cap = maxDelay.toNanos();
    int shift = Math.min(retry - 1, 30);
    long ceiling = base > (cap >> shift) ? cap : Math.min(cap, base << shift);
    if (ceiling <= 0) {
      return Duration.ZERO;
    }
    return Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceiling + 1));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts="
        + maxAttempts
        + ", totalDeadline="
        + totalDeadline
        + ", baseDelay="
        + baseDelay
        + ", maxDelay="
        + maxDelay
        + ", retryNonIdempotent="
        + retryNonIdempotent
        + "}";
  }

  /** Builds {@link RetryPolicy} values. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration totalDeadline = Duration.ofSeconds(60);
    private Duration baseDelay = Duration.ofMillis(100);
    private Duration maxDelay = Duration.ofSeconds(5);
    private Set<String> retryableCodes = THROTTLING_CODES;
    private Set<Integer> retryableStatuses = RETRYABLE_STATUSES;
    private boolean retryNonIdempotent;
    private Sleeper sleeper =
        delay -> Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);

    private Builder() {}

    /** Sets the maximum number of attempts (at least 1). */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts < 1");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** Sets the deadline for the whole call. */
    public Builder totalDeadline(Duration totalDeadline) {
      this.totalDeadline = positive(totalDeadline, "totalDeadline");
      return this;
    }

    /** Sets the base delay of the exponential backoff. */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = nonNegative(baseDelay, "baseDelay");
      return this;
    }

    /** Sets the cap on one delay. */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = nonNegative(maxDelay, "maxDelay");
      return this;
    }

    /**
     * Replaces the error codes retried whatever their status (default {@link #THROTTLING_CODES}).
     */
    public Builder retryableCodes(Set<String> codes) {
      this.retryableCodes = Set.copyOf(codes);
      return this;
    }

    /** Replaces the HTTP statuses retried (default {@link #RETRYABLE_STATUSES}). */
    public Builder retryableStatuses(Set<Integer> statuses) {
      this.retryableStatuses = Set.copyOf(statuses);
      return this;
    }

    /** Allows retrying mutating operations without a ClientToken on transport errors and 5xx. */
    public Builder retryNonIdempotent(boolean retryNonIdempotent) {
      this.retryNonIdempotent = retryNonIdempotent;
      return this;
    }

    /** Replaces how the policy waits (tests). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Returns the policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration d, String name) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }

    private static Duration nonNegative(Duration d, String name) {
      if (d == null || d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative");
      }
      return d;
    }
  }
}
