<?php

declare(strict_types=1);

namespace App\Messenger;

final class ImportCatalogRow
{
    public function __construct(public readonly string $tenant, public readonly array $row)
    {
    }
}

final class UnrecoverableMessageHandlingException extends \RuntimeException
{
}

final class Tenant
{
    public function __construct(
        public readonly string $slug,
        public readonly array $settings,
        public readonly string $connection,
    ) {
    }
}

final class TenantContext
{
    /** @var list<Tenant> */
    private array $stack = [];

    public function push(Tenant $tenant): void
    {
        $this->stack[] = $tenant;
    }

    public function pop(): void
    {
        \array_pop($this->stack);
    }

    public function current(): ?Tenant
    {
        return $this->stack[\count($this->stack) - 1] ?? null;
    }
}

final class TenantMiddleware
{
    public function __construct(private TenantContext $context)
    {
    }

    public function handle(ImportCatalogRow $message, callable $next): mixed
    {
        $tenant = new Tenant($message->tenant, [
            'locale' => 'de_DE',
            'currency' => 'EUR',
            'feature_flags' => \array_fill_keys(['b2b', 'bundles', 'ai_search', 'multi_warehouse'], true),
            'theme' => \str_repeat('{"brand":"' . $message->tenant . '"}', 45),
        ], 'tenant_' . $message->tenant);

        $this->context->push($tenant);
        try {
            return $next($message);
        } finally {
            $this->context->pop();
        }
    }
}

final class ImportCatalogRowHandler
{
    public int $imported = 0;

    public function __construct(private TenantContext $context)
    {
    }

    public function __invoke(ImportCatalogRow $message): string
    {
        $tenant = $this->context->current();
        if (!isset($message->row['sku']) || $message->row['sku'] === '') {
            throw new UnrecoverableMessageHandlingException('Row without SKU for ' . $tenant?->slug);
        }
        ++$this->imported;

        return $tenant->connection . ':' . $message->row['sku'];
    }
}

/** Stand-in for the Messenger Worker loop with a failure transport. */
final class Worker
{
    public array $rejected = [];

    public function __construct(
        private TenantMiddleware $middleware,
        private ImportCatalogRowHandler $handler,
    ) {
    }

    public function consume(iterable $messages): void
    {
        foreach ($messages as $message) {
            try {
                $this->middleware->handle($message, $this->handler);
            } catch (UnrecoverableMessageHandlingException $e) {
                $this->rejected[\count($this->rejected) % 10] = $e->getMessage();
            }
        }
    }
}

function transport(int $n): \Generator
{
    for ($i = 0; $i < $n; ++$i) {
        yield new ImportCatalogRow('shop' . ($i % 9), [
            'sku' => $i % 2 === 0 ? 'SKU-' . $i : '',
            'title' => 'Imported product ' . $i,
            'price' => (string) (9.99 + $i % 50),
        ]);
    }
}

$n = (int) (\getenv('PHPLEAK_N') ?: 100);
$context = new TenantContext();
$worker = new Worker(new TenantMiddleware($context), new ImportCatalogRowHandler($context));
$worker->consume(transport($n));
