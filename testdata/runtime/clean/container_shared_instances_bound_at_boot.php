<?php
// A hand-written DI container keeps shared instances by id; bindings are
// registered once at boot, and each decoded message makes its handler by the
// class name it carries. make() keeps an instance only for a shared binding,
// so the instance map holds one object per service bound at boot.

final class Container
{
    /** @var array<string, array{factory: Closure, shared: bool}> */
    private array $bindings = [];

    /** @var array<string, object> */
    private array $instances = [];

    public function bind(string $id, Closure $factory, bool $shared = false): void
    {
        $this->bindings[$id] = ['factory' => $factory, 'shared' => $shared];
    }

    public function make(string $id): object
    {
        if (isset($this->instances[$id])) {
            return $this->instances[$id];
        }
        $b = $this->bindings[$id] ?? null;
        $obj = $b !== null ? ($b['factory'])($this) : throw new RuntimeException("Nothing is bound to {$id}");
        if ($b !== null && $b['shared']) {
            $this->instances[$id] = $obj;
        }

        return $obj;
    }
}

final class PriceFormatter
{
    public array $patterns;

    public function __construct(public readonly string $locale)
    {
        $this->patterns = array_fill(0, 12, str_repeat("#,##0.00 {$locale} ", 4));
    }
}

final class ReceiptMailer
{
    public function __construct(public readonly PriceFormatter $formatter, public readonly string $template) {}

    public function send(array $order): int
    {
        return strlen($this->template) + count($order['lines']);
    }
}

final class Kernel
{
    public function __construct(private Container $container) {}

    public function boot(): void
    {
        $this->container->bind(PriceFormatter::class, static fn (): PriceFormatter => new PriceFormatter('en_GB'), true);
        $this->container->bind(ReceiptMailer::class, static fn (Container $c): ReceiptMailer => new ReceiptMailer($c->make(PriceFormatter::class), str_repeat('Dear customer, ', 40)), true);
    }

    public function handle(array $request): int
    {
        $mailer = $this->container->make($request['handler']);

        return $mailer->send(['id' => $request['order_id'], 'lines' => $request['lines']]);
    }
}

$kernel = new Kernel(new Container());
$kernel->boot();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(json_decode(sprintf('{"handler":"ReceiptMailer","order_id":"ord-%d","lines":[1,2,3]}', $i), true));
}
