<?php
// A worker-mode app binds each request into the shared container under a per-request key, for a debug toolbar.

final class Container
{
    /** @var array<string, object> */
    private array $instances = [];

    public function instance(string $id, object $service): void
    {
        $this->instances[$id] = $service; // leak
    }

    public function has(string $id): bool
    {
        return isset($this->instances[$id]);
    }
}

final class Request
{
    public function __construct(public readonly string $id, public readonly string $uri, public readonly array $headers) {}
}

final class Application
{
    public function __construct(private Container $container) {}

    public function handle(Request $request): int
    {
        $this->container->instance('request.' . $request->id, $request);
        return $this->container->has('request.' . $request->id) ? 200 : 500;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$app = new Application(new Container());
for ($i = 0; $i < $n; $i++) {
    $app->handle(new Request(sprintf('req-%08d', $i), "/api/cart/{$i}", ['user-agent' => str_repeat('Mozilla/5.0 ', 50)]));
}
