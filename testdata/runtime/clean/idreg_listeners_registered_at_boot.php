<?php
// The application registers its listener closures once, in a boot
// function called before the request loop; requests only dispatch.

final class Dispatcher
{
    private static array $listeners = [];

    public static function on(string $event, \Closure $listener): void
    {
        self::$listeners[$event][spl_object_id($listener)] = $listener;
    }

    public static function emit(string $event, array $payload): array
    {
        $out = [];
        foreach (self::$listeners[$event] ?? [] as $listener) {
            $out[] = $listener($payload);
        }
        return $out;
    }
}

function boot_application(): void
{
    Dispatcher::on('request', static fn (array $p): int => strlen($p['body']));
    Dispatcher::on('request', static fn (array $p): string => strtoupper($p['method']));
}

function handle(array $request): array
{
    return Dispatcher::emit('request', $request);
}

boot_application();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle(['method' => 'get', 'body' => str_repeat("body {$i} ", 80)]);
}
