<?php

declare(strict_types=1);

// RoadRunner HTTP worker for the loyalty API: members earn and redeem points
// for stays. Ledger postings are buffered and written in one batch once the
// response has been sent (terminable middleware).

final class ServerRequest
{
    public function __construct(
        private string $method,
        private string $path,
        private array $body,
        private array $attributes = [],
    ) {
    }

    public function getMethod(): string { return $this->method; }
    public function getPath(): string { return $this->path; }
    public function getParsedBody(): array { return $this->body; }
    public function getAttribute(string $name, mixed $default = null): mixed { return $this->attributes[$name] ?? $default; }
    public function withAttribute(string $name, mixed $value): static
    {
        $clone = clone $this;
        $clone->attributes[$name] = $value;
        return $clone;
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body = '')
    {
    }
}

/** Stand-in for Spiral\RoadRunner\Http\PSR7Worker fed by the test driver. */
final class PSR7Worker
{
    private int $served = 0;

    public function __construct(private readonly int $limit)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = $this->served++;
        $kind = $i % 5 === 4 ? 'redeem' : 'earn';

        return new ServerRequest('POST', "/api/members/{$kind}", [
            'member_id' => 'M' . (400000 + $i * 7),
            'points' => $kind === 'earn' ? 120 + $i % 400 : 500,
            'booking_ref' => sprintf('BK-%s-%06d', ['LIS', 'OPO', 'MAD', 'BCN'][$i % 4], 100000 + $i),
            'stay' => ['property' => 'PT-' . (10 + $i % 8), 'nights' => 1 + $i % 6, 'room' => ['DBL', 'KNG', 'STE'][$i % 3]],
            'channel' => ['app', 'web', 'frontdesk'][$i % 3],
        ]);
    }

    public function respond(Response $response): void
    {
    }
}

final class LedgerEntry
{
    public function __construct(
        public readonly string $memberId,
        public readonly string $kind,
        public readonly int $points,
        public readonly string $bookingRef,
        public readonly string $description,
        public readonly array $stay,
        public readonly string $postedAt,
    ) {
    }
}

final class LedgerWriter
{
    /** @var array<string, int> net points per kind, written to the reporting table */
    private array $totals = ['earn' => 0, 'redeem' => 0];
    private int $batches = 0;

    /** @param list<LedgerEntry> $entries */
    public function writeBatch(array $entries): void
    {
        foreach ($entries as $entry) {
            $this->totals[$entry->kind] += $entry->points;
        }
        $this->batches++;
    }
}

final class LoyaltyLedger
{
    private SplQueue $pending;

    public function __construct(private readonly LedgerWriter $writer)
    {
        $this->pending = new SplQueue();
    }

    public function post(LedgerEntry $entry): void
    {
        $this->pending->enqueue($entry); // leak
    }

    public function hasPending(): bool
    {
        return !$this->pending->isEmpty();
    }

    public function flush(): void
    {
        $batch = [];
        while (!$this->pending->isEmpty()) {
            $batch[] = $this->pending->dequeue();
        }
        if ($batch !== []) {
            $this->writer->writeBatch($batch);
        }
    }
}

final class PointsController
{
    private const EARN_RATE = ['app' => 1.25, 'web' => 1.0, 'frontdesk' => 1.0];

    public function __construct(private readonly LoyaltyLedger $ledger)
    {
    }

    public function handle(ServerRequest $request): Response
    {
        $body = $request->getParsedBody();
        $kind = str_ends_with($request->getPath(), '/redeem') ? 'redeem' : 'earn';
        $points = (int) $body['points'];
        if ($kind === 'earn') {
            $points = (int) round($points * (self::EARN_RATE[$body['channel']] ?? 1.0));
        }
        $this->ledger->post(new LedgerEntry(
            memberId: $body['member_id'],
            kind: $kind,
            points: $points,
            bookingRef: $body['booking_ref'],
            description: sprintf('%s %d pts for %s night(s) at %s (%s)', ucfirst($kind), $points, $body['stay']['nights'], $body['stay']['property'], $body['booking_ref']),
            stay: $body['stay'],
            postedAt: date(DATE_RFC3339_EXTENDED),
        ));

        return new Response(202, json_encode(['member' => $body['member_id'], 'queued' => $points]));
    }
}

interface TerminableMiddleware
{
    public function handle(ServerRequest $request, Closure $next): Response;

    public function terminate(ServerRequest $request, Response $response): void;
}

final class FlushLedgerAfterResponse implements TerminableMiddleware
{
    public function __construct(private readonly LoyaltyLedger $ledger)
    {
    }

    public function handle(ServerRequest $request, Closure $next): Response
    {
        return $next($request);
    }

    public function terminate(ServerRequest $request, Response $response): void
    {
        $this->ledger->flush();
    }
}

final class HttpKernel
{
    /** @param list<TerminableMiddleware> $middleware */
    public function __construct(
        private readonly array $middleware,
        private readonly PointsController $controller,
    ) {
    }

    public function handle(ServerRequest $request): Response
    {
        $pipeline = array_reduce(
            array_reverse($this->middleware),
            static fn (Closure $next, TerminableMiddleware $m) => static fn (ServerRequest $r) => $m->handle($r, $next),
            fn (ServerRequest $r) => $this->controller->handle($r),
        );

        return $pipeline($request);
    }

    public function terminate(ServerRequest $request, Response $response): void
    {
        foreach ($this->middleware as $middleware) {
            $middleware->terminate($request, $response);
        }
    }
}

// ---- worker boot -----------------------------------------------------------
$ledger = new LoyaltyLedger(new LedgerWriter());
$kernel = new HttpKernel([new FlushLedgerAfterResponse($ledger)], new PointsController($ledger));
$worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));

while ($request = $worker->waitRequest()) {
    try {
        $response = $kernel->handle($request->withAttribute('request_id', bin2hex(random_bytes(8))));
        $worker->respond($response);
    } catch (Throwable $e) {
        $worker->respond(new Response(500, $e->getMessage()));
    }
}
