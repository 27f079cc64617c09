<?php
// A queue worker gets its services from a small locator built from a
// table of factories; the locator makes each service once and shares it.
// The audit trail it hands out keeps only the last job handled.

final class ServiceLocator
{
    /** @var array<string, object> */
    private array $resolved = [];

    /** @param array<string, Closure(): object> $factories */
    public function __construct(private readonly array $factories)
    {
    }

    public function get(string $id): object
    {
        return $this->resolved[$id] ??= ($this->factories[$id])();
    }
}

final class AuditTrail
{
    /** @var array{job: string, at: int, payload: string}|null */
    private ?array $last = null;

    public function record(string $jobId, string $payload): void
    {
        $this->last = ['job' => $jobId, 'at' => time(), 'payload' => $payload];
    }
}

final class ThumbnailHandler
{
    public function __construct(private ServiceLocator $services)
    {
    }

    public function __invoke(string $jobId, string $payload): void
    {
        $this->services->get(AuditTrail::class)->record($jobId, $payload);
    }
}

$services = new ServiceLocator([
    AuditTrail::class => static fn () => new AuditTrail(),
]);
$handler = new ThumbnailHandler($services);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler('job-' . bin2hex(random_bytes(6)), json_encode(['upload' => 9000 + $i, 'sizes' => [64, 256, 1024], 'path' => str_repeat('p', 200)]));
}
