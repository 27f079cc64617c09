<?php

declare(strict_types=1);

final class MetricsBuffer
{
    /** @var list<string> */
    private array $lines = [];

    public int $sent = 0;

    public function __construct(private readonly string $prefix, private readonly int $batch)
    {
    }

    public function timing(string $name, float $ms, array $tags): void
    {
        $this->lines[] = sprintf('%s.%s:%.3f|ms|#%s', $this->prefix, $name, $ms, http_build_query($tags, '', ',')); // leak
        if ($this->batch > 0 && count($this->lines) >= $this->batch) {
            $this->send();
        }
    }

    private function send(): void
    {
        $this->sent += strlen(implode("\n", $this->lines));
        $this->lines = [];
    }
}

final class Container
{
    private array $factories = [];
    private array $instances = [];

    public function singleton(string $id, Closure $factory): void
    {
        $this->factories[$id] = $factory;
    }

    public function make(string $id): object
    {
        return $this->instances[$id] ??= ($this->factories[$id])($this);
    }
}

final class MetricsProvider
{
    public function __construct(private readonly array $config)
    {
    }

    public function register(Container $app): void
    {
        $config = $this->config;
        $app->singleton(MetricsBuffer::class, fn () => new MetricsBuffer($config['prefix'], (int) $config['batch']));
    }
}

final class Kernel
{
    public function __construct(private readonly Container $app)
    {
    }

    public function handle(array $request): string
    {
        $started = hrtime(true);
        $body = json_encode(['path' => $request['path'], 'items' => range(1, 5)]);
        $this->app->make(MetricsBuffer::class)->timing('http.request', (hrtime(true) - $started) / 1e6, [
            'route' => $request['path'],
            'agent' => $request['agent'],
            'request_id' => $request['id'],
        ]);

        return $body;
    }
}

$app = new Container();
(new MetricsProvider(require __DIR__ . '/config/metrics.php'))->register($app);
$kernel = new Kernel($app);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle([
        'path' => '/api/orders/' . $i,
        'agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 build ' . $i,
        'id' => bin2hex(random_bytes(16)) . '-' . str_repeat('x', 480),
    ]);
}
