<?php
// A checkout worker logs with Log::info(); the facade forwards through __callStatic to one Logger kept for the whole process.

final class Logger
{
    /** @var list<array{string, string, array}> */
    private array $records = [];

    public function info(string $message, array $context = []): void
    {
        $this->records[] = ['info', $message, $context]; // leak
    }

    public function flush(): int
    {
        $count = count($this->records);
        $this->records = [];
        return $count;
    }
}

abstract class Facade
{
    /** @var array<string, object> */
    protected static array $resolved = [];

    abstract protected static function accessor(): string;

    abstract protected static function create(): object;

    public static function swap(object $instance): void
    {
        static::$resolved[static::accessor()] = $instance;
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        $instance = static::$resolved[static::accessor()] ??= static::create();
        return $instance->$method(...$args);
    }
}

/**
 * @method static void info(string $message, array $context = [])
 * @method static int flush()
 */
final class Log extends Facade
{
    protected static function accessor(): string
    {
        return 'log';
    }

    protected static function create(): object
    {
        return new Logger();
    }
}

final class CheckoutHandler
{
    public function handle(array $order): string
    {
        Log::info("order {$order['id']} paid", ['cart' => $order['cart'], 'total' => $order['total']]);
        return 'ORDER-' . $order['id'];
    }
}

$handler = new CheckoutHandler();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(['id' => $i, 'total' => 49.90, 'cart' => str_repeat('sku-1234:1;', 60)]);
}
