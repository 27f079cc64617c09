<?php
// The kernel boots lazily from handle(); terminate() clears the booted flag after each request but not the middleware stack, so every boot appends again.

final class Middleware
{
    public function __construct(public readonly string $name, public readonly array $options) {}

    public function process(array $request): bool
    {
        return !in_array($this->name, $request['skip'], true);
    }
}

final class Kernel
{
    private static bool $booted = false;

    /** @var list<Middleware> */
    private static array $middleware = [];

    public static function boot(array $config): void
    {
        if (self::$booted) {
            return;
        }
        self::$booted = true;
        foreach ($config['middleware'] as $name) {
            self::$middleware[] = new Middleware($name, ['description' => str_repeat("{$name} middleware. ", 20)]); // leak
        }
    }

    public static function handle(array $config, array $request): int
    {
        self::boot($config);
        $passed = 0;
        foreach (self::$middleware as $middleware) {
            $passed += (int) $middleware->process($request);
        }
        return $passed;
    }

    public static function terminate(): void
    {
        self::$booted = false;
    }
}

$config = ['middleware' => ['session', 'csrf', 'auth']];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    Kernel::handle($config, ['path' => "/orders/{$i}", 'skip' => ['csrf'], 'body' => str_repeat("order {$i} ", 60)]);
    Kernel::terminate();
}
