<?php
// A loop the project declares: defer() queues a closure in a static
// SplQueue, run() drains it and calls each one. The closure queued for
// every message runs once per message.
final class TickLoop
{
    private static ?SplQueue $deferred = null;

    public static function defer(Closure $callback): void
    {
        (self::$deferred ??= new SplQueue())->enqueue($callback);
    }

    public static function run(): void
    {
        while (self::$deferred !== null && !self::$deferred->isEmpty()) {
            (self::$deferred->dequeue())();
        }
    }
}

final class DeliveryLog
{
    private array $lines = [];

    public function add(string $line): void
    {
        $this->lines[] = $line; // leak
    }
}

final class Router
{
    public function __construct(private DeliveryLog $log)
    {
    }

    public function route(string $message): void
    {
        $this->log->add($message);
    }
}

$router = new Router(new DeliveryLog());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $message = str_repeat('m', 800) . $i;
    TickLoop::defer(static fn () => $router->route($message));
    TickLoop::run();
}
