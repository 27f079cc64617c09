<?php
// A legacy plugin system registers a hook object in a global array on every request.

$registry = [];

final class Hook
{
    public function __construct(public string $name, public string $callback, public array $args) {}
}

function add_hook(string $name, string $callback, array $args = []): void
{
    global $registry;
    $registry[] = new Hook($name, $callback, $args); // leak
}

function handle_request(int $id): void
{
    add_hook('init', 'render_sidebar', ['request' => $id, 'cache_key' => str_repeat('sidebar:', 40) . $id]);
    add_hook('shutdown', 'flush_metrics', ['request' => $id]);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request($i);
}
