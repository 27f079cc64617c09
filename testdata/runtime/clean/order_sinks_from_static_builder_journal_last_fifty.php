<?php
// A restaurant order gateway in a worker loop. At start, a static
// builder makes the handler's sinks: its defaults array_merge'd with a
// closure that writes each order to the journal the worker passed in by
// reference (use (&$journal)), keeping the last 50. The handler runs
// every sink for every order.

final class OrderSinks
{
    /** @return array<string, callable(array): void> */
    public static function build(array &$journal): array
    {
        $record = static function (array $order) use (&$journal): void {
            $journal[] = $order['id'] . ' ' . $order['items'];
            $journal = array_slice($journal, -50);
        };

        return array_merge(self::defaults(), ['journal' => $record]);
    }

    /** @return array<string, callable(array): void> */
    private static function defaults(): array
    {
        return ['metrics' => static function (array $order): void {
        }];
    }
}

final class OrderHandler
{
    /** @param array<string, callable(array): void> $sinks */
    public function __construct(private array $sinks)
    {
    }

    /** @param array{id: string, table: int, items: string} $order */
    public function handle(array $order): void
    {
        foreach ($this->sinks as $sink) {
            $sink($order);
        }
    }
}

$journal = [];
$sinks = OrderSinks::build($journal);
$handler = new OrderHandler($sinks);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(['id' => sprintf('ord-%08d', $i), 'table' => $i % 24, 'items' => str_repeat('ramen, ', 90)]);
}
