/**
 * Runnable, tested examples of the questions users bring to Tenon, one {@code @Dao} interface per
 * group of scenarios (numbered as in the README): {@link dev.tenon.examples.BookNotes} (1–3),
 * {@link dev.tenon.examples.AssetCoupons} (4, 5), {@link dev.tenon.examples.UserPoints} (6), {@link
 * dev.tenon.examples.NoteCollections} (7), {@link dev.tenon.examples.Blogs} (8), {@link
 * dev.tenon.examples.HomeLibraries} (9), {@link dev.tenon.examples.BookListings} (10), {@link
 * dev.tenon.examples.PurchaseExports} (12) and {@link dev.tenon.examples.HostileInput} (13). {@link
 * dev.tenon.examples.ExampleApp} runs them on the sample from {@link dev.tenon.examples.SampleData}
 * (which also loads {@link dev.tenon.examples.ShopSampleData}).
 */
package dev.tenon.examples;
