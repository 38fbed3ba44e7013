package io.hallyu.bench.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Starts a standalone Solr 9 node on 127.0.0.1 with Solr's own Jetty launcher, serving the solr
 * home given (one core, {@code articles}), until the process is told to stop.
 *
 * <pre>SolrPeer SOLR_HOME PORT</pre>
 */
public final class SolrPeer {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: SolrPeer SOLR_HOME PORT");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    if (!Files.isRegularFile(home.resolve("solr.xml"))) {
      throw new IllegalArgumentException("no solr.xml in " + home);
    }
    // Solr refuses to load cores outside the paths it is allowed to read.
    System.setProperty("solr.allowPaths", home.toString());
    System.setProperty("solr.solr.home", home.toString());
    JettyConfig config = JettyConfig.builder()
        .setPort(Integer.parseInt(args[1]))
        .setContext("/solr")
        .stopAtShutdown(true)
        .useOnlyHttp1(true)
        .build();
    JettySolrRunner solr = new JettySolrRunner(home.toString(), config);
    solr.start();
    System.out.println("solr: listening on " + solr.getBaseUrl());
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        solr.stop();
      } catch (Exception e) {
        e.printStackTrace();
      } finally {
        stop.countDown();
      }
    }));
    stop.await();
  }
}
