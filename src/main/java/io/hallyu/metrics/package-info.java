/**
 * The app's Micrometer meters, exposed in Prometheus text format: HTTP requests per route,
 * documents indexed and rejected, index size, refresh and commit times, and the JVM.
 */
package io.hallyu.metrics;
