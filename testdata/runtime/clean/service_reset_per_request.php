<?php
// A long-lived profiler collects data per request and is reset by the kernel after each request.

interface ResetInterface
{
    public function reset(): void;
}

final class QueryCollector implements ResetInterface
{
    private array $queries = [];

    public function collect(string $sql, array $params): void
    {
        $this->queries[] = ['sql' => $sql, 'params' => $params, 'time' => hrtime(true)];
    }

    public function reset(): void
    {
        $this->queries = [];
    }
}

final class Kernel
{
    /** @param ResetInterface[] $resettable */
    public function __construct(private QueryCollector $collector, private array $resettable) {}

    public function handle(int $id): string
    {
        $this->collector->collect('SELECT * FROM posts WHERE id = ?', [$id, str_repeat('q', 200)]);
        return "post {$id}";
    }

    public function terminate(): void
    {
        foreach ($this->resettable as $service) {
            $service->reset();
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$collector = new QueryCollector();
$kernel = new Kernel($collector, [$collector]);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle($i);
    $kernel->terminate();
}
