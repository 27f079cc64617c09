<?php
// Error hooks live in a static table keyed by the callback's hash. The
// request handler builds its error reporter as a local closure and
// registers it, but never takes it back.

final class Hooks
{
    private static array $hooks = [];

    public static function register(string $name, \Closure $callback): void
    {
        $key = spl_object_hash($callback);
        self::$hooks[$name][$key] = $callback; // leak
    }

    public static function run(string $name, array $args): void
    {
        foreach (self::$hooks[$name] ?? [] as $callback) {
            $callback(...$args);
        }
    }
}

final class RequestHandler
{
    public function handle(array $request): string
    {
        $context = ['uri' => $request['uri'], 'headers' => $request['headers']];
        $reporter = function (string $message) use ($context): void {
            error_log($message . ' at ' . $context['uri']);
        };
        Hooks::register('request.error', $reporter); // leak
        return 'ok ' . $request['uri'];
    }
}

$handler = new RequestHandler();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(['uri' => "/orders/{$i}", 'headers' => str_repeat('x-trace: abc ', 50)]);
}
