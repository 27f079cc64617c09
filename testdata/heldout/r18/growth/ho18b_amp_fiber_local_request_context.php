<?php

declare(strict_types=1);

namespace App\Runtime;

final class RequestContext
{
    /** @param array<string, string> $claims */
    public function __construct(
        public readonly string $requestId,
        public readonly string $tenant,
        public readonly array $claims,
        public readonly string $traceParent,
    ) {
    }
}

/**
 * Per-fiber storage so that code deep in the call graph (repositories,
 * loggers) can read the context of the request its fiber is serving.
 */
final class FiberLocal
{
    private static ?\SplObjectStorage $values = null;

    public static function set(RequestContext $context): void
    {
        $fiber = \Fiber::getCurrent() ?? throw new \LogicException('FiberLocal used outside of a fiber');
        self::values()[$fiber] = $context; // leak
    }

    public static function get(): ?RequestContext
    {
        $fiber = \Fiber::getCurrent();

        return $fiber !== null && isset(self::values()[$fiber]) ? self::values()[$fiber] : null;
    }

    private static function values(): \SplObjectStorage
    {
        return self::$values ??= new \SplObjectStorage();
    }
}

/** Cooperative scheduler in the style of Revolt: suspended fibers wait in a queue. */
final class Scheduler
{
    private static \SplQueue $ready;

    public static function async(\Closure $task): void
    {
        $fiber = new \Fiber($task);
        $fiber->start();
        if (!$fiber->isTerminated()) {
            self::ready()->enqueue($fiber);
        }
    }

    /** Yields to the loop, as awaiting a socket would. */
    public static function await(): void
    {
        \Fiber::suspend();
    }

    public static function run(): void
    {
        $ready = self::ready();
        while (!$ready->isEmpty()) {
            $fiber = $ready->dequeue();
            $fiber->resume();
            if (!$fiber->isTerminated()) {
                $ready->enqueue($fiber);
            }
        }
    }

    private static function ready(): \SplQueue
    {
        return self::$ready ??= new \SplQueue();
    }
}

namespace App\Http;

use App\Runtime\FiberLocal;
use App\Runtime\RequestContext;
use App\Runtime\Scheduler;

final class AuditLogger
{
    private int $lines = 0;

    private int $bytes = 0;

    public function info(string $message): void
    {
        $context = FiberLocal::get();
        $line = sprintf('[%s %s] %s', $context?->tenant ?? '-', $context?->requestId ?? '-', $message);
        $this->lines++;
        $this->bytes += strlen($line);
    }
}

final class InvoiceRepository
{
    public function __construct(private readonly AuditLogger $logger)
    {
    }

    /** @return array<string, mixed> */
    public function find(string $id): array
    {
        Scheduler::await();
        $this->logger->info("loaded invoice {$id}");

        return ['id' => $id, 'tenant' => FiberLocal::get()?->tenant, 'total' => 129.5];
    }
}

final class ContextMiddleware
{
    public function __construct(private readonly \Closure $next)
    {
    }

    /** @param array<string, string> $headers */
    public function __invoke(string $path, array $headers): void
    {
        FiberLocal::set(new RequestContext(
            $headers['x-request-id'],
            $headers['x-tenant'],
            ['sub' => $headers['x-user'], 'scope' => 'invoices:read invoices:export', 'aud' => 'billing-api'],
            $headers['traceparent'],
        ));
        ($this->next)($path);
    }
}

final class Server
{
    public function __construct(private readonly ContextMiddleware $pipeline)
    {
    }

    /** @param array<string, string> $headers */
    public function accept(string $path, array $headers): void
    {
        Scheduler::async(fn () => ($this->pipeline)($path, $headers));
    }
}

$logger = new AuditLogger();
$invoices = new InvoiceRepository($logger);
$server = new Server(new ContextMiddleware(static function (string $path) use ($invoices, $logger): void {
    $invoice = $invoices->find(basename($path));
    $logger->info('rendered ' . $invoice['id']);
}));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->accept(sprintf('/invoices/INV-%06d', $i), [
        'x-request-id' => bin2hex(random_bytes(12)),
        'x-tenant' => 'acme-' . ($i % 7),
        'x-user' => sprintf('user-%05d@acme.test', $i % 500),
        'traceparent' => sprintf('00-%032x-%016x-01', $i, $i * 31),
    ]);
    Scheduler::run();
}
