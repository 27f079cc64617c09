<?php
// A fee calculator memoizes the quote of the order being priced in a
// static, under a key a helper builds with sprintf() around
// spl_object_id() of the order. Each request's order is freed when the
// request ends, its id is reused by the next one, and the entry is
// overwritten: the memo stays at one entry.

final class Order
{
    public function __construct(public readonly string $clientOrderId, public readonly int $amount)
    {
    }
}

trait MemoizesQuotes
{
    /** @var array<string, string> */
    private static array $quotes = [];

    abstract protected function memoKey(Order $order): string;

    public function quote(Order $order): string
    {
        return self::$quotes[$this->memoKey($order)] = sprintf('%d bps on %d', 12, $order->amount) . str_repeat(' ', 700);
    }
}

final class FeeCalculator
{
    use MemoizesQuotes;

    protected function memoKey(Order $order): string
    {
        return sprintf('fee:%d', spl_object_id($order));
    }
}

$fees = new FeeCalculator();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $fees->quote(new Order(sprintf('web-%d', 1_712_345_600 + $i), 1000 + $i));
}
