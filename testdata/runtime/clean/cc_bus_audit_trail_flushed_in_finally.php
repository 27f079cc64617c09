<?php

declare(strict_types=1);

// A command bus folds its middleware around the handler, which it is
// given as Closure::fromCallable() of an invokable handler object. The
// handler writes audit entries into a long-lived trail; the audit
// middleware sends the trail and clears it in a finally block, after
// every command, whether the handler succeeds or throws.

final class AuditTrail
{
    /** @var list<array{action: string, subject: string, at: float}> */
    private array $entries = [];

    public function add(string $action, string $subject): void
    {
        $this->entries[] = ['action' => $action, 'subject' => $subject, 'at' => microtime(true)];
    }

    public function flush(): int
    {
        $sent = count($this->entries);
        $this->entries = [];

        return $sent;
    }
}

final class ArchiveInvoice
{
    public function __construct(public readonly int $invoiceId, public readonly string $reason)
    {
    }
}

final class ArchiveInvoiceHandler
{
    public function __construct(private readonly AuditTrail $trail)
    {
    }

    public function __invoke(ArchiveInvoice $command): string
    {
        $this->trail->add('invoice.archived', sprintf('invoice:%d (%s)', $command->invoiceId, $command->reason));

        return 'archived';
    }
}

interface Middleware
{
    public function handle(object $command, Closure $next): mixed;
}

final class AuditMiddleware implements Middleware
{
    public function __construct(private readonly AuditTrail $trail)
    {
    }

    public function handle(object $command, Closure $next): mixed
    {
        try {
            return $next($command);
        } finally {
            $this->trail->flush();
        }
    }
}

final class TimingMiddleware implements Middleware
{
    public float $spent = 0.0;

    public function handle(object $command, Closure $next): mixed
    {
        $started = hrtime(true);
        try {
            return $next($command);
        } finally {
            $this->spent += (hrtime(true) - $started) / 1e9;
        }
    }
}

final class CommandBus
{
    /** @param list<Middleware> $middleware */
    public function __construct(private readonly array $middleware, private readonly Closure $handler)
    {
    }

    public function dispatch(object $command): mixed
    {
        $next = $this->handler;
        foreach (array_reverse($this->middleware) as $middleware) {
            $next = static fn (object $c): mixed => $middleware->handle($c, $next);
        }

        return $next($command);
    }
}

$trail = new AuditTrail();
$bus = new CommandBus(
    [new TimingMiddleware(), new AuditMiddleware($trail)],
    Closure::fromCallable(new ArchiveInvoiceHandler($trail)),
);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $bus->dispatch(new ArchiveInvoice(90000 + $i, str_repeat('duplicate of a credited invoice; ', 3)));
}
