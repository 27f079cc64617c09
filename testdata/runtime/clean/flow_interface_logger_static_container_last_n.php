<?php
// Services log through LoggerInterface; its only implementation, shared from a static container, keeps the last 50 records.

interface LoggerInterface
{
    public function push(string $level, string $message, array $context = []): void;
}

final class BufferedLogger implements LoggerInterface
{
    private const KEEP = 50;
    private array $records = [];

    public function push(string $level, string $message, array $context = []): void
    {
        $this->records[] = ['level' => $level, 'message' => $message, 'context' => $context, 'at' => microtime(true)];
        if (count($this->records) > self::KEEP) {
            array_shift($this->records);
        }
    }

    public function records(): array
    {
        return $this->records;
    }
}

final class Container
{
    private static array $services = [];

    public static function get(string $id): object
    {
        return self::$services[$id] ??= match ($id) {
            LoggerInterface::class => new BufferedLogger(),
        };
    }
}

final class CheckoutService
{
    public function __construct(private LoggerInterface $logger) {}

    public function checkout(int $cartId, array $items): float
    {
        $total = array_sum(array_column($items, 'price'));
        $this->logger->push('info', "cart {$cartId} checked out", ['items' => $items, 'total' => $total]);
        return $total;
    }
}

function handle(int $i): float
{
    $service = new CheckoutService(Container::get(LoggerInterface::class));
    return $service->checkout($i, [
        ['sku' => "SKU-{$i}", 'price' => 19.99, 'title' => str_repeat('Wool socks ', 20)],
        ['sku' => 'GIFT', 'price' => 4.5, 'title' => 'Gift wrap'],
    ]);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
