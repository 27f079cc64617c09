<?php

declare(strict_types=1);

/*
 * ReactPHP webhook receiver of an e-signature service: recipients' browsers
 * report "viewed" / "consented" / "signed" events; every event goes into the
 * tamper-evident audit trail, written in batches to cut storage round trips.
 */

final class Loop
{
    /** @var SplQueue<Closure> */
    private static ?SplQueue $ticks = null;

    public static function futureTick(Closure $tick): void
    {
        (self::$ticks ??= new SplQueue())->enqueue($tick);
    }

    public static function run(): void
    {
        while (self::$ticks !== null && !self::$ticks->isEmpty()) {
            (self::$ticks->dequeue())();
        }
    }
}

final class ServerRequest
{
    public function __construct(
        private string $method,
        private string $path,
        private array $headers,
        private array $parsedBody,
        private array $serverParams,
    ) {
    }

    public function getParsedBody(): array
    {
        return $this->parsedBody;
    }

    public function getHeaderLine(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }

    public function getServerParams(): array
    {
        return $this->serverParams;
    }
}

final class HttpServer
{
    public function __construct(private Closure $handler)
    {
    }

    public function accept(ServerRequest $request): void
    {
        Loop::futureTick(fn () => ($this->handler)($request));
    }
}

final class AuditEvent
{
    public function __construct(
        public readonly string $envelopeId,
        public readonly string $recipient,
        public readonly string $type,
        public readonly string $ip,
        public readonly string $userAgent,
        public readonly int $occurredAt,
        public readonly string $chainHash,
    ) {
    }
}

final class AuditStorage
{
    private int $rowsWritten = 0;

    public function insertBatch(array $events): void
    {
        $this->rowsWritten += count($events);
    }
}

final class AuditTrailWriter
{
    private const MAX_BATCH = 25;

    /** @var SplQueue<AuditEvent> */
    private SplQueue $buffer;

    private string $lastHash = '';

    public function __construct(private AuditStorage $storage)
    {
        $this->buffer = new SplQueue();
    }

    public function record(string $envelopeId, string $recipient, string $type, string $ip, string $agent, int $at): void
    {
        $this->lastHash = hash('sha256', $this->lastHash . "|$envelopeId|$recipient|$type|$at");
        $this->buffer->enqueue(new AuditEvent($envelopeId, $recipient, $type, $ip, $agent, $at, $this->lastHash));

        if ($this->shouldFlush($type)) {
            $this->flush();
        }
    }

    private function shouldFlush(string $type): bool
    {
        // The completion certificate must include every event, so write the
        // batch when an envelope completes, and at the latest every batch.
        return $type === 'envelope.completed' || $this->buffer->count() >= self::MAX_BATCH;
    }

    private function flush(): void
    {
        $batch = [];
        while (!$this->buffer->isEmpty()) {
            $batch[] = $this->buffer->dequeue();
        }
        $this->storage->insertBatch($batch);
    }
}

final class RecipientEventController
{
    private const ACCEPTED = ['recipient.viewed', 'recipient.consented', 'recipient.signed', 'recipient.declined'];

    public function __construct(private AuditTrailWriter $audit)
    {
    }

    public function __invoke(ServerRequest $request): array
    {
        $body = $request->getParsedBody();
        if (!in_array($body['event'], self::ACCEPTED, true)) {
            return ['status' => 422];
        }

        $this->audit->record(
            $body['envelope_id'],
            $body['recipient'],
            $body['event'],
            $request->getServerParams()['REMOTE_ADDR'],
            $request->getHeaderLine('User-Agent'),
            (int) $body['timestamp'],
        );

        return ['status' => 204];
    }
}

$controller = new RecipientEventController(new AuditTrailWriter(new AuditStorage()));
$server = new HttpServer(static fn (ServerRequest $request) => $controller($request));

$events = ['recipient.viewed', 'recipient.consented', 'recipient.signed'];
$agents = [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->accept(new ServerRequest(
        'POST',
        '/webhooks/recipient-events',
        ['user-agent' => $agents[$i % 2], 'content-type' => 'application/json'],
        [
            'envelope_id' => sprintf('ENV-%06d', intdiv($i, 3)),
            'recipient' => sprintf('signer+%d@clients.test', intdiv($i, 3)),
            'event' => $events[$i % 3],
            'timestamp' => 1700000000 + $i * 11,
        ],
        ['REMOTE_ADDR' => sprintf('10.%d.%d.%d', $i >> 16 & 255, $i >> 8 & 255, $i & 255)],
    ));
    Loop::run();
}
