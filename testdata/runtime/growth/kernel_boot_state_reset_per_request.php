<?php
// The kernel boots lazily from handle(): boot() returns early once
// $this->booted holds a BootState, but reset() sets it back to null after
// every request while the provider list stays, so every request boots again
// and appends the providers once more.

final class BootState
{
    public function __construct(public readonly float $at, public readonly int $providers) {}
}

final class Provider
{
    public function __construct(public readonly string $name, public readonly string $manifest) {}

    public function matches(string $path): bool
    {
        return str_starts_with($path, '/' . $this->name);
    }
}

final class Kernel
{
    private ?BootState $booted = null;

    private ?array $current = null;

    /** @var list<Provider> */
    private array $providers = [];

    public function __construct(private readonly array $config) {}

    public function handle(array $request): int
    {
        $this->boot();
        $this->current = $request;
        $hits = 0;
        foreach ($this->providers as $provider) {
            $hits += (int) $provider->matches($request['path']);
        }

        return $hits;
    }

    public function reset(): void
    {
        $this->current = null;
        $this->booted = null;
    }

    private function boot(): void
    {
        if ($this->booted !== null) {
            return;
        }
        foreach ($this->config['providers'] as $name) {
            $this->providers[] = new Provider($name, str_repeat("{$name} provider manifest; ", 12)); // leak
        }
        $this->booted = new BootState(microtime(true), count($this->providers));
    }
}

$kernel = new Kernel(['providers' => ['orders', 'billing', 'accounts']]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = ['path' => "/orders/{$i}", 'body' => str_repeat("order {$i} ", 40)];
    $kernel->handle($request);
    $kernel->reset();
}
