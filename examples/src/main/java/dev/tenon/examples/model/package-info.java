/**
 * The example domain: plain records, one per table, with snake_case columns. {@code @ForeignKey}
 * declares each relation once, from the side that holds the key; the DAOs in {@code
 * dev.tenon.examples} walk them in both directions.
 */
package dev.tenon.examples.model;
