package io.hallyu.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * Makes acknowledged writes durable without one fsync each: writers that finish their updates at
 * about the same time share one {@link ArticleIndex#commit()}.
 *
 * <p>Lucene's sequence numbers are the generations. Every update gets one; a writer waits with
 * the highest completed number after its own updates ({@link ArticleIndex#completedSequence()}),
 * and {@code IndexWriter.commit()} returns the highest number it made durable. One thread
 * commits: while a commit runs, new writers queue up, and the next commit covers them all, so
 * under load there are far fewer commits than writes.
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
  private long commits;
  private long waits;
  private long commitNanos;

  public GroupCommitter(ArticleIndex index) {
    this.index = index;
    this.thread = new Thread(this::run, "group-commit");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Blocks until every update with a sequence number up to {@code sequence} is committed.
   *
   * @throws IOException when the commit that should have covered it failed, or on shutdown
   */
  public void awaitDurable(long sequence) throws IOException {
    synchronized (lock) {
      waits++;
      if (sequence <= durable) {
        return;
      }
      if (closed) {
        throw new IOException("index is closing; the write was not committed");
      }
      requested = Math.max(requested, sequence);
      lock.notifyAll();
      while (durable < sequence) {
        if (failure != null && failedUpTo >= sequence) {
          throw new IOException("commit failed: " + failure.getMessage(), failure);
        }
        try {
          lock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while waiting for a commit");
        }
      }
    }
  }

  /** Commits done for waiting writers so far. */
  public long commits() {
    synchronized (lock) {
      return commits;
    }
  }

  /** Time spent in those commits so far. */
  public long commitNanos() {
    synchronized (lock) {
      return commitNanos;
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
          return; // closed, nothing left to commit
        }
        target = requested;
      }
      try {
        long start = System.nanoTime();
        long committed = index.commit();
        long took = System.nanoTime() - start;
        synchronized (lock) {
          commitNanos += took;
          // Lucene promises every sequence number up to the returned one is in the commit. The
          // commit began after the updates up to target completed, so this reaches target; if it
          // ever did not, the loop simply commits again.
          durable = Math.max(durable, committed);
          commits++;
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

  /** Commits what writers are still waiting for, then stops the thread. */
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
