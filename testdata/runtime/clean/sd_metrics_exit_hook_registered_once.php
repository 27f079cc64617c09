<?php
// A metrics client sends what it buffered when the process ends. The
// exit hook is registered on the first report only: the list of clients
// to flush is null until then, and only the hook itself, at exit, sets it
// back to null.

final class MetricsClient
{
    private static ?array $clients = null;
    private array $buffer = [];

    public function __construct(private readonly string $endpoint) {}

    public function report(string $name, float $value, array $tags): void
    {
        if (self::$clients === null) {
            register_shutdown_function(static function (): void {
                $clients = self::$clients ?? [];
                self::$clients = null;
                foreach ($clients as $ref) {
                    $ref->get()?->flush();
                }
            });
        }
        self::$clients[spl_object_id($this)] = WeakReference::create($this);
        $this->buffer = [$name => [$value, $tags]];
    }

    public function flush(): void
    {
        $this->buffer = [];
    }
}

final class CheckoutController
{
    public function __construct(private readonly MetricsClient $metrics) {}

    public function handle(array $request): int
    {
        $this->metrics->report('checkout.total', $request['total'], ['cart' => str_repeat('item,', 150) . $request['id']]);

        return 200;
    }
}

$controller = new CheckoutController(new MetricsClient('udp://127.0.0.1:8125'));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->handle(['id' => 'c' . $i, 'total' => 19.99 + $i]);
}
