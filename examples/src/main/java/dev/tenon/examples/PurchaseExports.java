package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.Fetch;
import dev.tenon.LeftJoin;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Where;
import dev.tenon.examples.model.Purchase;
import dev.tenon.examples.model.PurchaseLine;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scenario 12, large exports: a {@code Stream} hands out rows as the driver reads them, a bounded
 * number per round trip, so memory stays constant however many rows there are. The caller closes
 * the stream (try-with-resources); that ends the statement, and on PostgreSQL the transaction the
 * driver needs to stream in.
 */
@Dao
public interface PurchaseExports {

  /** Scenario 12, "Every purchase, for the spreadsheet": streamed, in id order. */
  @Select(from = Purchase.class)
  @OrderBy("purchase.id")
  Stream<Purchase> allPurchases();

  /** "Every purchase of this customer", streamed: parameters bind as in any other query. */
  @Select(from = Purchase.class)
  @Where("purchase.customer = :customer")
  @OrderBy("purchase.id")
  Stream<Purchase> purchasesOf(String customer);

  /**
   * "Every purchase with its lines", streamed and folded: a purchase is handed out once the first
   * row of the next one has been read.
   */
  @Select(from = Purchase.class)
  @LeftJoin(path = "purchase.lines")
  @OrderBy("purchase.id")
  Stream<PurchaseWithLines> allPurchasesWithLines();

  /** The same question as a list, folded from one statement ({@code Fetch.JOIN}). */
  @Select(from = Purchase.class)
  @LeftJoin(path = "purchase.lines")
  @OrderBy("purchase.id")
  List<PurchaseWithLines> purchasesWithLines();

  /**
   * The same question with {@code Fetch.BATCH}: the purchases, then their lines by the purchases'
   * ids, one statement per 1,000 purchases.
   */
  @Select(from = Purchase.class)
  @LeftJoin(path = "purchase.lines", fetch = Fetch.BATCH)
  @OrderBy("purchase.id")
  List<PurchaseWithLines> purchasesWithLinesBatched();

  /** A purchase and its lines in id order; empty for a purchase without lines. */
  record PurchaseWithLines(Purchase purchase, List<PurchaseLine> lines) {}
}
