package io.hallyu.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * Makes acknowledged writes durable without one fsync each: writers that finish their updates at
 * about the same time share one {@link ArticleIndex#makeDurable()} (an fsync of the write-ahead
 * log).
 *
 * <p>A writer waits with the {@link ArticleIndex#changeMark()} read after its own changes, and
 * {@code makeDurable} returns the highest mark it covered. One thread syncs: while a sync runs,
 * new writers queue up, and the next sync covers them all, so under load there are far fewer
 * fsyncs than writes.
 */
public final class GroupCommitter implements Closeable {
  private final ArticleIndex index;
  private final Thread thread;
  private final Object lock = new Object();

  // Guarded by lock.
  private long requested;
  private long durable;
  private long failedUpTo = -1;
  private Exception failure;
  private boolean closed;
  private long syncs;
  private long waits;
  private long syncNanos;

  public GroupCommitter(ArticleIndex index) {
    this.index = index;
    this.thread = new Thread(this::run, "group-commit");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Blocks until every change up to the mark {@code sequence} is durable.
   *
   * @throws IOException when the sync that should have covered it failed, or on shutdown
   */
  public void awaitDurable(long sequence) throws IOException {
    synchronized (lock) {
      waits++;
      if (sequence <= durable) {
        return;
      }
      if (closed) {
        throw new IOException("index is closing; the write was not made durable");
      }
      requested = Math.max(requested, sequence);
      lock.notifyAll();
      while (durable < sequence) {
        if (failure != null && failedUpTo >= sequence) {
          throw new IOException("write-ahead log sync failed: " + failure.getMessage(), failure);
        }
        try {
          lock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while waiting for the write-ahead log");
        }
      }
    }
  }

  /** Syncs done for waiting writers so far. */
  public long syncs() {
    synchronized (lock) {
      return syncs;
    }
  }

  /** Time spent in those syncs so far. */
  public long syncNanos() {
    synchronized (lock) {
      return syncNanos;
    }
  }

  /** Writes that asked to be made durable so far. */
  public long waits() {
    synchronized (lock) {
      return waits;
    }
  }

  private void run() {
    while (true) {
      long target;
      synchronized (lock) {
        while (requested <= durable && !closed) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            // Only close() may end this thread, and it does so through the flag.
          }
        }
        if (requested <= durable) {
          return; // closed, nothing left to sync
        }
        target = requested;
      }
      try {
        long start = System.nanoTime();
        long committed = index.makeDurable();
        long took = System.nanoTime() - start;
        synchronized (lock) {
          syncNanos += took;
          // The sync began after the changes up to target completed, so this reaches target; if
          // it ever did not, the loop simply syncs again.
          durable = Math.max(durable, committed);
          syncs++;
          lock.notifyAll();
        }
      } catch (IOException | RuntimeException e) {
        synchronized (lock) {
          failure = e;
          failedUpTo = target;
          if (requested == target) {
            // Everyone waiting has been told; retry only when a new write asks for it.
            requested = durable;
          }
          lock.notifyAll();
        }
      }
    }
  }

  /** Syncs what writers are still waiting for, then stops the thread. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
