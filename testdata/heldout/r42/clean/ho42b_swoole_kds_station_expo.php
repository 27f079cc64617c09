<?php

declare(strict_types=1);

/*
 * Kitchen display service running as a Swoole HTTP server: the POS fires
 * tickets at it, each station's screen polls for what to show, and the
 * expo bumps tickets when the plate leaves the pass.
 */

final class KitchenTicket
{
    public ?float $bumpedAt = null;

    /** @param list<string> $lines */
    public function __construct(
        public readonly string $ticketId,
        public readonly string $station,
        public readonly string $tableLabel,
        public readonly array $lines,
        public readonly float $firedAt,
    ) {
    }

    public function ageSeconds(float $now): float
    {
        return $now - $this->firedAt;
    }
}

final class StationQueue
{
    private SplQueue $pending;

    public function __construct(public readonly string $station)
    {
        $this->pending = new SplQueue();
        $this->pending->setIteratorMode(SplDoublyLinkedList::IT_MODE_FIFO | SplDoublyLinkedList::IT_MODE_DELETE);
    }

    public function fire(KitchenTicket $ticket): void
    {
        $this->pending->enqueue($ticket);
    }

    public function pending(): SplQueue
    {
        return $this->pending;
    }
}

final class KitchenDisplay
{
    /** @var array<string, StationQueue> */
    private array $stations = [];

    /** @param list<string> $stationNames */
    public function __construct(array $stationNames)
    {
        foreach ($stationNames as $name) {
            $this->stations[$name] = new StationQueue($name);
        }
    }

    public function route(KitchenTicket $ticket): void
    {
        $this->station($ticket->station)->fire($ticket);
    }

    public function station(string $name): StationQueue
    {
        return $this->stations[$name] ?? $this->stations['expo'];
    }

    /** @param callable(KitchenTicket): void $onBump */
    public function bump(string $station, float $now, callable $onBump): int
    {
        $bumped = 0;
        foreach ($this->station($station)->pending() as $ticket) {
            if ($ticket->bumpedAt !== null) {
                continue;
            }
            $ticket->bumpedAt = $now;
            $onBump($ticket);
            $bumped++;
        }

        return $bumped;
    }
}

final class TicketParser
{
    private const STATIONS = ['grill', 'fryer', 'salad', 'expo'];

    public function parse(array $payload, float $now): KitchenTicket
    {
        $lines = [];
        foreach ($payload['items'] as $item) {
            $mods = $item['mods'] ? ' [' . implode(', ', $item['mods']) . ']' : '';
            $lines[] = sprintf('%dx %s%s', $item['qty'], strtoupper($item['name']), $mods);
        }
        $station = in_array($payload['station'], self::STATIONS, true) ? $payload['station'] : 'expo';

        return new KitchenTicket(
            'T-' . $payload['order_id'],
            $station,
            sprintf('Table %s / %s', $payload['table'], $payload['server']),
            $lines,
            $now,
        );
    }
}

final class SpeedOfServiceStats
{
    private array $totals = [];
    private array $counts = [];

    public function record(KitchenTicket $ticket): void
    {
        $s = $ticket->station;
        $this->totals[$s] = ($this->totals[$s] ?? 0.0) + $ticket->ageSeconds((float) $ticket->bumpedAt);
        $this->counts[$s] = ($this->counts[$s] ?? 0) + 1;
    }
}

/** Minimal stand-in for Swoole\Http\Server's request loop. */
final class KdsServer
{
    private array $handlers = [];

    public function on(string $event, callable $handler): void
    {
        $this->handlers[$event] = $handler;
    }

    public function start(int $requests): void
    {
        $menu = ['smash burger', 'fries', 'caesar', 'wings', 'shake'];
        $mods = ['no onion', 'extra cheese', 'gf bun', 'side ranch', 'well done'];
        $stations = ['grill', 'fryer', 'salad', 'expo'];
        for ($i = 1; $i <= $requests; $i++) {
            $items = [];
            for ($k = 0; $k < 1 + $i % 3; $k++) {
                $items[] = [
                    'name' => $menu[($i + $k) % 5],
                    'qty' => 1 + ($i + $k) % 2,
                    'mods' => array_slice($mods, ($i * 7 + $k) % 4, 1 + $k % 2),
                ];
            }
            $station = $stations[$i % 4];
            ($this->handlers['request'])([
                'path' => '/tickets',
                'body' => [
                    'order_id' => 880000 + $i,
                    'station' => $station,
                    'table' => (string) (1 + $i % 24),
                    'server' => 'srv-' . substr(md5((string) $i), 0, 6),
                    'items' => $items,
                ],
            ]);
            ($this->handlers['request'])(['path' => '/bump', 'station' => $station]);
        }
    }
}

$display = new KitchenDisplay(['grill', 'fryer', 'salad', 'expo']);
$parser = new TicketParser();
$stats = new SpeedOfServiceStats();
$clock = 1_700_000_000.0;

$server = new KdsServer();
$server->on('request', function (array $request) use ($display, $parser, $stats, &$clock): void {
    $clock += 4.5;
    if ($request['path'] === '/tickets') {
        $display->route($parser->parse($request['body'], $clock));
        return;
    }
    $display->bump($request['station'], $clock + 90.0, [$stats, 'record']);
});
$server->start((int) (getenv('PHPLEAK_N') ?: 100));
