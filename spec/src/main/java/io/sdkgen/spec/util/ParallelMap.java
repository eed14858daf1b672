package io.sdkgen.spec.util;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Maps a list on every core, one item at a time, keeping the list's order: the reader of pages and
 * the generator use it for work whose items differ widely in cost (a 300 KB client class beside 1
 * KB exception classes).
 *
 * <p>A parallel stream is not used for this: it cuts a list into a few fixed slices up front (four
 * per worker of the common pool, so four on a 2-core machine), and when one slice holds the costly
 * items one core works while the other waits; rendering the ECS sources took 185 ms that way and
 * 120 ms handing out one item at a time, against 230 ms on one core. Here the calling thread and as
 * many helpers as the common pool has workers take the next item until none is left.
 */
public final class ParallelMap {

  private ParallelMap() {}

  /**
   * Returns {@code function} applied to every item, in the items' order. The first exception or
   * error thrown by {@code function} stops the handing out of items and is thrown here once the
   * items being mapped are done.
   *
   * @param items the items; not changed
   * @param function applied to each item once, from any thread
   * @return an unmodifiable list of the results, which may hold nulls
   */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
    int size = items.size();
    Object[] results = new Object[size];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work =
        () -> {
          int i;
          while ((i = next.getAndIncrement()) < size) {
            try {
              results[i] = function.apply(items.get(i));
            } catch (Throwable e) {
              failure.compareAndSet(null, e);
              next.set(size);
            }
          }
        };
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), size - 1);
    ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[Math.max(helpers, 0)];
    for (int k = 0; k < tasks.length; k++) {
      tasks[k] = ForkJoinPool.commonPool().submit(work);
    }
    work.run();
    // A helper the pool has not started yet is taken back and run here (it finds nothing left).
    for (ForkJoinTask<?> task : tasks) {
      task.join();
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    if (thrown instanceof Error e) {
      throw e;
    }
    if (thrown != null) {
      throw new IllegalStateException(thrown);
    }
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
    return list;
  }
}
