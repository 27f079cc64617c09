<?php

declare(strict_types=1);

// RoadRunner PSR-7 worker stand-in: waitRequest() returns null once the
// worker has served its quota, like a worker being recycled by max_jobs.
final class PSR7Worker
{
    private int $served = 0;

    public function __construct(private int $maxJobs)
    {
    }

    public function waitRequest(): ?array
    {
        if ($this->served >= $this->maxJobs) {
            return null;
        }
        $i = $this->served++;
        return [
            'method' => 'POST',
            'path' => '/housekeeping/assignments',
            'body' => [
                'room' => (string) (100 * (1 + $i % 9) + $i % 12),
                'attendant' => ['Marisol', 'Kwame', 'Ilse', 'Tomasz', 'Ren'][$i % 5],
                'task' => ['stayover', 'checkout', 'turndown'][$i % 3],
                'notes' => sprintf('Guest %d requested hypoallergenic pillows; crib removal; late checkout until %02d:00', 880000 + $i, 11 + $i % 3),
                'requested_at' => 1717225200 + $i * 37,
            ],
        ];
    }

    public function respond(int $status, string $body): void
    {
    }
}

final class RoomEvent
{
    public function __construct(
        public readonly string $name,
        public readonly string $room,
        public readonly string $by,
        public readonly int $at,
    ) {
    }
}

final class BoardEventBus
{
    /** @var array<string, array<int, callable(RoomEvent): void>> */
    private array $listeners = [];
    private int $nextId = 0;

    public function listen(string $event, callable $listener): int
    {
        $id = ++$this->nextId;
        $this->listeners[$event][$id] = $listener;
        return $id;
    }

    public function forget(string $event, int $id): void
    {
        unset($this->listeners[$event][$id]);
    }

    public function dispatch(RoomEvent $event): int
    {
        $called = 0;
        foreach ($this->listeners[$event->name] ?? [] as $listener) {
            $listener($event);
            $called++;
        }
        return $called;
    }
}

final class Assignment
{
    public function __construct(
        public readonly string $room,
        public readonly string $attendant,
        public readonly string $task,
        public readonly string $notes,
        public readonly int $requestedAt,
        public string $status = 'assigned',
    ) {
    }
}

final class HousekeepingBoard
{
    /** @var array<string, string> room => status; rooms are the hotel's fixed inventory */
    private array $statusByRoom = [];

    public function mark(string $room, string $status): void
    {
        $this->statusByRoom[$room] = $status;
    }
}

final class AssignmentController
{
    public function __construct(private BoardEventBus $bus, private HousekeepingBoard $board)
    {
    }

    public function store(array $body): array
    {
        $assignment = new Assignment($body['room'], $body['attendant'], $body['task'], $body['notes'], (int) $body['requested_at']);
        $this->board->mark($assignment->room, 'assigned');

        // Supervisor's inspection closes the assignment.
        $listenerId = $this->bus->listen('room.inspected', $this->inspectionHandlerFor($assignment));

        // The attendant finishes and the supervisor inspects within the same
        // request in this flow (tablet "clean & inspect" button).
        try {
            $this->bus->dispatch(new RoomEvent('room.inspected', $assignment->room, 'supervisor', $assignment->requestedAt + 1800));
        } finally {
            $this->bus->forget('room.inspected', $listenerId);
        }

        return ['room' => $assignment->room, 'status' => $assignment->status];
    }

    private function inspectionHandlerFor(Assignment $assignment): Closure
    {
        $board = $this->board;
        return static function (RoomEvent $event) use ($assignment, $board): void {
            if ($event->room !== $assignment->room || $assignment->status !== 'assigned') {
                return;
            }
            $assignment->status = 'inspected';
            $board->mark($assignment->room, 'vacant-clean');
        };
    }
}

$bus = new BoardEventBus();
$controller = new AssignmentController($bus, new HousekeepingBoard());
$worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));
while ($request = $worker->waitRequest()) {
    $payload = $controller->store($request['body']);
    $worker->respond(201, json_encode($payload));
}
