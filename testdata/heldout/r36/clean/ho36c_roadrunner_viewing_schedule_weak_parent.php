<?php

declare(strict_types=1);

final class PendingRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers,
        public readonly string $body,
    ) {
    }

    public function json(): array
    {
        return json_decode($this->body, true, 16, JSON_THROW_ON_ERROR);
    }
}

/** Stand-in for Spiral\RoadRunner\Http\PSR7Worker: hands out queued requests, takes responses. */
final class RoadRunnerHttpWorker
{
    private int $served = 0;
    private int $bytesSent = 0;

    public function __construct(private int $maxJobs, private \Closure $relay)
    {
    }

    public function waitRequest(): ?PendingRequest
    {
        if ($this->served >= $this->maxJobs) {
            return null;
        }
        return ($this->relay)($this->served++);
    }

    public function respond(int $status, string $body): void
    {
        $this->bytesSent += strlen($body);
    }
}

final class ViewingSlot
{
    private ?string $confirmationCode = null;
    /** @var \WeakReference<ViewingSchedule> */
    private \WeakReference $schedule;

    public function __construct(
        ViewingSchedule $schedule,
        public readonly \DateTimeImmutable $startsAt,
        public readonly int $durationMinutes,
        public readonly string $visitorName,
        public readonly string $visitorEmail,
        public readonly string $notes,
    ) {
        $this->schedule = \WeakReference::create($schedule);
    }

    private function schedule(): ViewingSchedule
    {
        return $this->schedule->get() ?? throw new \LogicException('Schedule no longer loaded');
    }

    public function confirm(string $code): void
    {
        $this->confirmationCode = $code;
    }

    public function endsAt(): \DateTimeImmutable
    {
        return $this->startsAt->modify(sprintf('+%d minutes', $this->durationMinutes));
    }

    public function summary(): array
    {
        return [
            'listing' => $this->schedule()->listingId,
            'agent' => $this->schedule()->agentName,
            'starts_at' => $this->startsAt->format(DATE_ATOM),
            'ends_at' => $this->endsAt()->format(DATE_ATOM),
            'visitor' => $this->visitorName,
            'confirmation' => $this->confirmationCode,
        ];
    }
}

final class ViewingSlotFactory
{
    public function __construct(private int $defaultDuration)
    {
    }

    public function make(ViewingSchedule $schedule, \DateTimeImmutable $startsAt, array $visitor): ViewingSlot
    {
        return new ViewingSlot(
            $schedule,
            $startsAt,
            $this->defaultDuration,
            trim($visitor['name']),
            strtolower($visitor['email']),
            (string) ($visitor['notes'] ?? ''),
        );
    }
}

final class ViewingSchedule
{
    /** @var list<ViewingSlot> */
    private array $slots = [];

    public function __construct(
        public readonly int $listingId,
        public readonly string $agentName,
        public readonly string $address,
        private ViewingSlotFactory $slotFactory,
    ) {
    }

    public function book(\DateTimeImmutable $startsAt, array $visitor): ViewingSlot
    {
        foreach ($this->slots as $existing) {
            if ($existing->startsAt < $startsAt->modify('+30 minutes') && $existing->endsAt() > $startsAt) {
                throw new \DomainException('Slot overlaps an existing viewing');
            }
        }
        $slot = $this->slotFactory->make($this, $startsAt, $visitor);
        $this->slots[] = $slot;
        return $slot;
    }
}

final class ScheduleRepository
{
    /** @param array<int, array{agent: string, address: string, booked: list<string>}> $rows */
    public function __construct(private array $rows, private ViewingSlotFactory $factory)
    {
    }

    public function forListing(int $listingId): ViewingSchedule
    {
        $row = $this->rows[$listingId % count($this->rows)];
        $schedule = new ViewingSchedule($listingId, $row['agent'], $row['address'], $this->factory);
        foreach ($row['booked'] as $i => $at) {
            $schedule->book(new \DateTimeImmutable($at), ['name' => "Existing visitor $i", 'email' => "visitor$i@example.net"]);
        }
        return $schedule;
    }
}

final class BookViewingController
{
    public function __construct(private ScheduleRepository $schedules)
    {
    }

    public function __invoke(PendingRequest $request): array
    {
        $payload = $request->json();
        $schedule = $this->schedules->forListing((int) $payload['listing_id']);
        $slot = $schedule->book(new \DateTimeImmutable($payload['starts_at']), $payload['visitor']);
        $slot->confirm(strtoupper(substr(hash('crc32b', $payload['visitor']['email'] . $payload['starts_at']), 0, 6)));
        return [201, $slot->summary()];
    }
}

$factory = new ViewingSlotFactory(30);
$repository = new ScheduleRepository([
    ['agent' => 'Maya Okafor', 'address' => '1840 Larkspur Ave, Unit 3', 'booked' => []],
    ['agent' => 'Daniel Reyes', 'address' => '77 Harbor View Rd', 'booked' => []],
    ['agent' => 'Priya Natarajan', 'address' => '402 Cedar Hollow Ln', 'booked' => []],
], $factory);
$controller = new BookViewingController($repository);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new RoadRunnerHttpWorker($n, static function (int $seq): PendingRequest {
    $day = 1 + $seq % 28;
    return new PendingRequest('POST', '/viewings', ['content-type' => ['application/json']], json_encode([
        'listing_id' => 51000 + $seq,
        'starts_at' => sprintf('2025-06-%02dT%02d:%02d:00+00:00', $day, 9 + $seq % 8, ($seq % 2) * 30),
        'visitor' => [
            'name' => "Prospective Tenant $seq",
            'email' => "renter$seq@example.org",
            'notes' => 'Interested in a 12 month lease, has a small dog, would like to see parking and storage options. Ref #' . $seq,
        ],
    ]));
});

while ($request = $worker->waitRequest()) {
    try {
        [$status, $body] = $controller($request);
        $worker->respond($status, json_encode($body));
    } catch (\Throwable $e) {
        $worker->respond(500, $e->getMessage());
    }
}
