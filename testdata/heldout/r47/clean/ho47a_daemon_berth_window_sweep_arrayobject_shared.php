<?php

declare(strict_types=1);

// berth-planner daemon (supervisord: bin/berth-planner --queue=vessel-calls)
// Consumes vessel call events from the terminal operating system, keeps the
// berth occupancy board current and sweeps departed calls off it.

namespace Port\Berth;

final class BerthWindow
{
    public ?int $departedAt = null;

    public function __construct(
        public readonly string $callSign,
        public readonly string $voyage,
        public readonly string $berth,
        public readonly int $bollardFrom,
        public readonly int $bollardTo,
        public readonly int $eta,
        public readonly int $etd,
        public readonly string $agent,
        public readonly string $stowagePlanRef,
        public readonly string $remarks,
    ) {}

    public function key(): string
    {
        return $this->callSign . '/' . $this->voyage . '@' . $this->berth;
    }
}

final class OccupancyBoard
{
    /** @var \ArrayObject<string,BerthWindow> */
    private \ArrayObject $windows;

    public function __construct()
    {
        $this->windows = new \ArrayObject();
    }

    public function occupy(BerthWindow $window): void
    {
        foreach ($this->windows as $other) {
            if ($other->berth === $window->berth && $other->departedAt === null
                && $other->bollardFrom < $window->bollardTo && $window->bollardFrom < $other->bollardTo) {
                throw new \DomainException(sprintf('%s overlaps %s on %s', $window->key(), $other->key(), $window->berth));
            }
        }
        $this->windows[$window->key()] = $window;
    }

    public function markDeparted(string $key, int $at): void
    {
        if (isset($this->windows[$key])) {
            $this->windows[$key]->departedAt = $at;
        }
    }

    /** The board's own windows (not a copy): a sweep removes from the board. */
    public function windows(): \ArrayObject
    {
        return $this->windows;
    }
}

final class DepartureSweeper
{
    public function __construct(private readonly int $graceSeconds) {}

    public function sweep(OccupancyBoard $board, int $now): int
    {
        $windows = $board->windows();
        $gone = [];
        foreach ($windows as $key => $window) {
            if ($window->departedAt !== null && $window->departedAt + $this->graceSeconds <= $now) {
                $gone[] = $key;
            }
        }
        foreach ($gone as $key) {
            $windows->offsetUnset($key);
        }

        return count($gone);
    }
}

final class VesselCallEventHandler
{
    public function __construct(
        private readonly OccupancyBoard $board,
        private readonly DepartureSweeper $sweeper,
    ) {}

    public function handle(array $event): void
    {
        match ($event['type']) {
            'berthed' => $this->board->occupy(new BerthWindow(
                $event['call_sign'],
                $event['voyage'],
                $event['berth'],
                $event['bollards'][0],
                $event['bollards'][1],
                $event['eta'],
                $event['etd'],
                $event['agent'],
                $event['stowage_ref'],
                $event['remarks'],
            )),
            'departed' => $this->board->markDeparted($event['key'], $event['at']),
            default => null,
        };
        $this->sweeper->sweep($this->board, $event['at']);
    }
}

final class EventSource
{
    private int $seq = 0;

    public function __construct(private readonly int $limit) {}

    /** A berthing, then the same call's departure, as the TOS publishes them. */
    public function next(): ?array
    {
        if ($this->seq >= 2 * $this->limit) {
            return null;
        }
        $i = intdiv($this->seq, 2);
        $at = 1718000000 + $this->seq * 900;
        $callSign = sprintf('9V%04d', $i % 9000);
        $voyage = sprintf('%03dW', $i % 1000);
        $berth = 'EUROGATE-' . ($i % 6 + 1);

        return $this->seq++ % 2 === 0
            ? [
                'type' => 'berthed', 'at' => $at, 'call_sign' => $callSign, 'voyage' => $voyage, 'berth' => $berth,
                'bollards' => [10 + $i % 20, 24 + $i % 20], 'eta' => $at, 'etd' => $at + 86400,
                'agent' => 'Hapag-Lloyd Agency ' . bin2hex(random_bytes(5)),
                'stowage_ref' => 'BAPLIE-' . bin2hex(random_bytes(16)),
                'remarks' => str_repeat('Gangway port side; shore power requested; ', 6) . bin2hex(random_bytes(8)),
            ]
            : ['type' => 'departed', 'at' => $at, 'key' => $callSign . '/' . $voyage . '@' . $berth];
    }
}

$limit = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new VesselCallEventHandler(new OccupancyBoard(), new DepartureSweeper(0));
$source = new EventSource($limit);

while (($event = $source->next()) !== null) {
    try {
        $handler->handle($event);
    } catch (\DomainException $e) {
        // conflicting plan: the planner desk resolves it by hand
    }
}
