package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.Expr;
import dev.tenon.GroupBy;
import dev.tenon.Having;
import dev.tenon.LeftJoin;
import dev.tenon.Nullable;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Where;
import dev.tenon.examples.model.Sale;
import dev.tenon.examples.model.Title;
import java.util.List;
import java.util.Optional;

/**
 * "Sales per book per currency": grouped aggregates with {@code @GroupBy} and {@code @Having}. A
 * title without sales keeps one row (its LEFT JOIN gives one NULL-extended row: count 0, no sum).
 */
@Dao
public interface SalesReport {

  /** Each title with each currency it sold in: the number of sales and their sum. */
  @Select(from = Title.class, as = "t")
  @LeftJoin(path = "t.sales", as = "s")
  @GroupBy({"t.id", "s.currency"})
  @OrderBy({"t.id", "s.currency"})
  List<TitleSales> perTitleAndCurrency();

  /** The same, only the groups that took at least {@code minCents}. */
  @Select(from = Title.class, as = "t")
  @LeftJoin(path = "t.sales", as = "s")
  @GroupBy({"t.id", "s.currency"})
  @Having("sum(s.amountCents) >= :minCents")
  @OrderBy({"sum(s.amountCents) DESC", "t.id"})
  List<TitleSales> bestSellers(long minCents);

  /** Totals per currency, largest first. */
  @Select(from = Sale.class, as = "s")
  @GroupBy("s.currency")
  @OrderBy("sum(s.amountCents) DESC")
  List<CurrencyTotal> perCurrency();

  /** Everything sold in one currency, as one row even when nothing was. */
  @Select(from = Sale.class, as = "s")
  @Where("s.currency = :currency")
  Totals totalsIn(String currency);

  /** How many sales there are: {@code count(*)} over the whole query, one row always. */
  @Select(from = Sale.class, as = "s")
  @Expr("count(*)")
  long countSales();

  /** How many sales in one currency, 0 for none. */
  @Select(from = Sale.class, as = "s")
  @Where("s.currency = :currency")
  @Expr("count(*)")
  long countIn(String currency);

  /** Whether anything sold in this currency. */
  @Select(from = Sale.class, as = "s")
  @Where("s.currency = :currency")
  @Expr("count(*) > 0")
  boolean soldIn(String currency);

  /** The largest sale in one currency; empty when there is none (max of no rows is NULL). */
  @Select(from = Sale.class, as = "s")
  @Where("s.currency = :currency")
  @Expr("max(s.amountCents)")
  Optional<Long> largestIn(String currency);

  /** Every title's name, alphabetically. */
  @Select(from = Title.class, as = "t")
  @Expr("t.name")
  @OrderBy("t.name")
  List<String> titleNames();

  /** One title's name, or empty. */
  @Select(from = Title.class, as = "t")
  @Where("t.id = :id")
  @Expr("upper(t.name)")
  Optional<String> shoutedName(long id);

  /** The sum per currency, in currency order. */
  @Select(from = Sale.class, as = "s")
  @GroupBy("s.currency")
  @OrderBy("s.currency")
  @Expr("sum(s.amountCents)")
  List<Long> sumsPerCurrency();

  record TitleSales(
      Title t,
      @Expr("s.currency") @Nullable String currency,
      @Expr("count(s.id)") long sales,
      @Expr("sum(s.amountCents)") @Nullable Long cents) {}

  record CurrencyTotal(
      @Expr("s.currency") String currency,
      @Expr("sum(s.amountCents)") long cents,
      @Expr("CASE WHEN count(*) > 1 THEN 'repeat' ELSE 'once' END") String pattern) {}

  record Totals(
      @Expr("count(*)") long sales,
      @Expr("count(DISTINCT s.titleId)") long titles,
      @Expr("sum(s.amountCents)") @Nullable Long cents,
      @Expr("avg(s.amountCents)") @Nullable Double average) {}
}
