<?php

declare(strict_types=1);

// Swoole HTTP server answering conflict-of-interest checks for new matters.
// The check service is created once per worker; the report is looked up
// again by the response decorator further down the request.

final class SwooleServerStandIn
{
    /** @var array<string, Closure> */
    private array $handlers = [];

    public function on(string $event, Closure $handler): void
    {
        $this->handlers[$event] = $handler;
    }

    public function start(int $requests): void
    {
        for ($i = 0; $i < $requests; $i++) {
            $request = (object) [
                'get' => [],
                'post' => [
                    'prospective_client' => sprintf('Greystone Maritime Partners %d', $i),
                    'adverse_parties' => sprintf('Kellerman Shipping %d; Port Authority of %s; Dunmore Insurance Co.', $i * 7, ['Tacoma', 'Oakland', 'Savannah'][$i % 3]),
                    'matter_type' => ['admiralty', 'insurance-coverage', 'commercial'][$i % 3],
                    'requested_by' => 'intake-' . ($i % 9),
                ],
            ];
            $response = new class {
                public string $body = '';
                public function end(string $body): void { $this->body = $body; }
            };
            ($this->handlers['request'])($request, $response);
        }
    }
}

final class ConflictQuery
{
    /** @param list<string> $adverse */
    public function __construct(
        public readonly string $client,
        public readonly array $adverse,
        public readonly string $matterType,
        public readonly string $requestedBy,
    ) {
    }

    public static function fromPost(array $post): self
    {
        $adverse = array_values(array_filter(array_map('trim', explode(';', $post['adverse_parties']))));

        return new self(trim($post['prospective_client']), $adverse, $post['matter_type'], $post['requested_by']);
    }
}

final class ConflictReport
{
    /** @param list<array{party: string, matter: string, relation: string}> $hits */
    public function __construct(
        public readonly string $client,
        public readonly array $hits,
        public readonly string $checkedAt,
    ) {
    }

    public function cleared(): bool
    {
        return $this->hits === [];
    }
}

final class ClientIndex
{
    private const KNOWN = [
        'dunmore insurance co.' => ['matter' => 'LIT-2019-000412', 'relation' => 'current client'],
        'port authority of oakland' => ['matter' => 'REG-2021-001177', 'relation' => 'former client'],
    ];

    public function lookup(string $party): ?array
    {
        return self::KNOWN[strtolower($party)] ?? null;
    }
}

final class ConflictCheckService
{
    /** @var array<int, ConflictReport> */
    private array $reports = [];

    public function __construct(private ClientIndex $index)
    {
    }

    public function run(ConflictQuery $query): ConflictReport
    {
        $hits = [];
        foreach ($query->adverse as $party) {
            if ($found = $this->index->lookup($party)) {
                $hits[] = ['party' => $party] + $found;
            }
        }

        $report = new ConflictReport($query->client, $hits, date(DATE_ATOM, 1710000000));
        $this->reports[$this->reportKey($query)] = $report;

        return $report;
    }

    public function reportFor(ConflictQuery $query): ?ConflictReport
    {
        return $this->reports[$this->reportKey($query)] ?? null;
    }

    private function reportKey(ConflictQuery $query): int
    {
        return spl_object_id($query);
    }
}

final class ConflictResponseDecorator
{
    public function __construct(private ConflictCheckService $checks)
    {
    }

    public function decorate(ConflictQuery $query, array $payload): array
    {
        $report = $this->checks->reportFor($query);
        $payload['waiver_required'] = $report !== null && !$report->cleared();

        return $payload;
    }
}

$checks = new ConflictCheckService(new ClientIndex());
$decorator = new ConflictResponseDecorator($checks);

$server = new SwooleServerStandIn();
$server->on('request', function (object $request, object $response) use ($checks, $decorator): void {
    $query = ConflictQuery::fromPost($request->post);
    $report = $checks->run($query);
    $payload = $decorator->decorate($query, ['client' => $query->client, 'hits' => count($report->hits)]);
    $response->end(json_encode($payload));
});
$server->start((int) (getenv('PHPLEAK_N') ?: 100));
