<?php

declare(strict_types=1);

// RoadRunner HTTP worker for the outage-management intake API. Every call
// opens a diagnostic scope on the boot-time IncidentContext so the logger
// can stamp each record with the ticket being handled.

final class ServerRequest
{
    public function __construct(
        public readonly string $uri,
        private array $parsedBody,
        public readonly array $headers = [],
    ) {
    }

    public function getParsedBody(): array
    {
        return $this->parsedBody;
    }
}

/** Stand-in for Spiral\RoadRunner\Http\PSR7Worker. */
final class PSR7Worker
{
    private int $served = 0;
    private array $responses = [];

    public function __construct(private Generator $inbox)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        if (!$this->inbox->valid()) {
            return null;
        }
        $request = $this->inbox->current();
        $this->inbox->next();

        return $request;
    }

    public function respond(int $status, string $body): void
    {
        $this->served++;
        $this->responses[$status] = ($this->responses[$status] ?? 0) + 1;
    }
}

final class TicketScope
{
    /** @var list<string> */
    private array $notes = [];

    public function __construct(
        public readonly string $ticketRef,
        public readonly string $feeder,
        public readonly string $reportedBy,
        public readonly string $description,
    ) {
    }

    public function note(string $message): void
    {
        $this->notes[] = sprintf('[%s] %s', $this->ticketRef, $message);
    }
}

final class IncidentContext
{
    /** @var list<TicketScope> */
    private array $scopes = [];

    public function enter(TicketScope $scope): void
    {
        $this->scopes[] = $scope;
    }

    public function current(): ?TicketScope
    {
        return $this->scopes === [] ? null : $this->scopes[array_key_last($this->scopes)];
    }

    public function leave(): void
    {
        array_pop($this->scopes);
    }
}

final class OpsLogger
{
    private int $lines = 0;

    public function __construct(private IncidentContext $context)
    {
    }

    public function info(string $message, array $extra = []): void
    {
        $this->context->current()?->note($message . ($extra ? ' ' . json_encode($extra) : ''));
        $this->lines++;
    }
}

final class UnroutableTicket extends RuntimeException
{
}

final class OutageTicket
{
    public function __construct(
        public readonly string $ref,
        public readonly string $feeder,
        public readonly string $substation,
        public readonly int $customersOut,
        public readonly string $description,
    ) {
    }
}

final class FeederDirectory
{
    /** @param array<string, string> $feederToSubstation */
    public function __construct(private array $feederToSubstation, private array $knownOutages)
    {
    }

    public function substationOf(string $feeder): ?string
    {
        return $this->feederToSubstation[$feeder] ?? null;
    }

    public function hasOpenOutage(string $feeder): bool
    {
        return in_array($feeder, $this->knownOutages, true);
    }
}

final class CrewRouter
{
    private array $assignedPerDepot = [];

    public function route(OutageTicket $ticket): string
    {
        $depot = 'DEPOT-' . substr($ticket->substation, -1);
        $this->assignedPerDepot[$depot] = ($this->assignedPerDepot[$depot] ?? 0) + 1;

        return $depot;
    }
}

final class OutageIntakeController
{
    public function __construct(
        private IncidentContext $context,
        private FeederDirectory $feeders,
        private CrewRouter $router,
        private OpsLogger $log,
    ) {
    }

    public function __invoke(ServerRequest $request): array
    {
        $body = $request->getParsedBody();
        $this->context->enter(new TicketScope(
            $body['ticket_ref'],
            $body['feeder'],
            $request->headers['x-reported-by'] ?? 'ivr',
            $body['description'],
        ));
        try {
            $this->log->info('intake received', ['customers' => $body['customers_out']]);

            $ticket = $this->normalize($body);

            if ($this->feeders->hasOpenOutage($ticket->feeder)) {
                $this->log->info('merged into open outage', ['feeder' => $ticket->feeder]);

                return [200, json_encode(['ref' => $ticket->ref, 'status' => 'merged'])];
            }

            $depot = $this->router->route($ticket);
            $this->log->info('crew dispatched', ['depot' => $depot]);

            return [201, json_encode(['ref' => $ticket->ref, 'status' => 'dispatched', 'depot' => $depot])];
        } finally {
            $this->context->leave();
        }
    }

    private function normalize(array $body): OutageTicket
    {
        $substation = $this->feeders->substationOf($body['feeder']);
        if ($substation === null) {
            $this->log->info('feeder not in topology', ['feeder' => $body['feeder']]);
            throw new UnroutableTicket('Unknown feeder ' . $body['feeder']);
        }

        return new OutageTicket($body['ticket_ref'], $body['feeder'], $substation, (int) $body['customers_out'], trim($body['description']));
    }
}

// ---- boot ---------------------------------------------------------------
$context = new IncidentContext();
$feeders = new FeederDirectory(
    ['FDR-0101' => 'SS-NORTH-1', 'FDR-0102' => 'SS-NORTH-1', 'FDR-0207' => 'SS-EAST-2', 'FDR-0311' => 'SS-WEST-3', 'FDR-0312' => 'SS-WEST-3', 'FDR-0415' => 'SS-SOUTH-4'],
    ['FDR-0207', 'FDR-0415'],
);
$controller = new OutageIntakeController($context, $feeders, new CrewRouter(), new OpsLogger($context));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$inbox = (function () use ($n): Generator {
    $feederPool = ['FDR-0101', 'FDR-0207', 'FDR-0102', 'FDR-0311', 'FDR-0415', 'FDR-0999', 'FDR-0312', 'FDR-0207'];
    for ($i = 0; $i < $n; $i++) {
        $feeder = $feederPool[$i % count($feederPool)];
        yield new ServerRequest('/api/outages', [
            'ticket_ref' => sprintf('OUT-%s-%06d', date('ymd', 1717200000 + $i * 60), $i),
            'feeder' => $feeder,
            'customers_out' => 3 + ($i * 13) % 420,
            'description' => sprintf(
                'Caller at %d Meadow Lane reports no power since %s; neighbours on %s also dark, '
                . 'transformer hum audible, possible tree contact after storm. Callback %s. %s',
                10 + $i % 90,
                date('H:i', 1717200000 + $i * 60),
                $feeder,
                sprintf('+31 6 %08d', 10000000 + $i * 37),
                str_repeat('Access via rear gate, dog on premises. ', 1 + $i % 3),
            ),
        ], ['x-reported-by' => $i % 4 === 0 ? 'smart-meter-last-gasp' : 'ivr']);
    }
})();

$worker = new PSR7Worker($inbox);
while ($request = $worker->waitRequest()) {
    try {
        [$status, $body] = $controller($request);
        $worker->respond($status, $body);
    } catch (UnroutableTicket $e) {
        $worker->respond(422, json_encode(['error' => $e->getMessage()]));
    }
}
