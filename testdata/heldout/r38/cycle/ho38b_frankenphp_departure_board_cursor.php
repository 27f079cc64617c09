<?php

declare(strict_types=1);

/*
 * Station departure-board endpoint running in FrankenPHP worker mode.
 * The timetable for the day is loaded at worker start; each request to
 * /board?stop=<id>&after=<hh:mm>&limit=<n> builds a DepartureBoard that
 * streams the stop's departures through a generator and renders one page.
 */

if (!function_exists('frankenphp_handle_request')) {
    /**
     * Stand-in for FrankenPHP's worker entry point: fills the superglobals
     * for the next request and calls the handler. Returns false when the
     * worker should stop.
     */
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $max) {
            return false;
        }
        $stops = ['8507000', '8507100', '8504100', '8503000', '8505000', '8506000'];
        $_GET = [
            'stop' => $stops[$served % count($stops)],
            'after' => sprintf('%02d:%02d', 5 + $served % 18, ($served * 11) % 60),
            'limit' => (string) (4 + $served % 4),
            'lang' => $served % 3 === 0 ? 'fr' : 'de',
        ];
        $_SERVER['REQUEST_URI'] = '/board?' . http_build_query($_GET);
        $_SERVER['REQUEST_TIME_FLOAT'] = 1717200000.0 + $served * 0.25;
        $served++;
        ob_start();
        try {
            $handler();
        } finally {
            ob_end_clean();
        }

        return true;
    }
}

final class StopTimetable
{
    /** @var array<string, list<array{trip: string, line: string, dest: string, platform: string, secs: int}>> */
    private array $byStop = [];

    public static function forServiceDay(string $date): self
    {
        // Stand-in for the nightly import of stop_times joined with trips.
        $table = new self();
        $lines = ['IC1' => 'Genève-Aéroport', 'IR90' => 'Brig', 'RE' => 'Lausanne', 'S1' => 'Thun', 'IC8' => 'Romanshorn'];
        foreach (['8507000', '8507100', '8504100', '8503000', '8505000', '8506000'] as $s => $stopId) {
            $rows = [];
            $k = 0;
            foreach ($lines as $line => $dest) {
                for ($h = 5; $h < 24; $h += 2) {
                    $rows[] = [
                        'trip' => sprintf('%s-%d-%02d', $line, $s, $h),
                        'line' => $line,
                        'dest' => $dest,
                        'platform' => (string) (1 + ($k + $h) % 9),
                        'secs' => $h * 3600 + ($k * 7 + $s * 3) % 60 * 60,
                    ];
                }
                $k++;
            }
            usort($rows, static fn (array $a, array $b): int => $a['secs'] <=> $b['secs']);
            $table->byStop[$stopId] = $rows;
        }

        return $table;
    }

    public function departuresAt(string $stopId): array
    {
        return $this->byStop[$stopId] ?? [];
    }
}

final class Departure
{
    public function __construct(
        public readonly string $tripId,
        public readonly string $line,
        public readonly string $destination,
        public readonly string $platform,
        public readonly string $scheduled,
    ) {
    }
}

final class DepartureBoard
{
    private ?Generator $cursor = null;
    /** @var list<Departure> */
    private array $page = [];
    private bool $hasMore = false;

    public function __construct(
        private StopTimetable $timetable,
        private string $stopId,
        private int $afterSeconds,
        private string $serviceDate,
    ) {
    }

    /** @return list<Departure> */
    public function firstPage(int $limit): array
    {
        $this->cursor = $this->upcoming(); // leak
        foreach ($this->cursor as $departure) {
            $this->page[] = $departure;
            if (count($this->page) >= $limit) {
                $this->hasMore = true;
                break;
            }
        }

        return $this->page;
    }

    public function hasMore(): bool
    {
        return $this->hasMore;
    }

    /** @return Generator<int, Departure> */
    private function upcoming(): Generator
    {
        foreach ($this->timetable->departuresAt($this->stopId) as $row) {
            if ($row['secs'] < $this->afterSeconds) {
                continue;
            }
            yield new Departure(
                $row['trip'],
                $row['line'],
                $row['dest'],
                $row['platform'],
                sprintf('%sT%02d:%02d:00', $this->serviceDate, intdiv($row['secs'], 3600), intdiv($row['secs'] % 3600, 60)),
            );
        }
    }
}

final class BoardController
{
    public function __construct(private StopTimetable $timetable, private string $serviceDate)
    {
    }

    public function __invoke(array $query): string
    {
        [$h, $m] = array_map('intval', explode(':', $query['after'] ?? '00:00') + [1 => '0']);
        $board = new DepartureBoard($this->timetable, (string) ($query['stop'] ?? ''), $h * 3600 + $m * 60, $this->serviceDate);
        $rows = [];
        foreach ($board->firstPage(max(1, min(20, (int) ($query['limit'] ?? 8)))) as $d) {
            $rows[] = ['line' => $d->line, 'to' => $d->destination, 'pl' => $d->platform, 'at' => $d->scheduled];
        }

        return json_encode(['stop' => $query['stop'] ?? null, 'departures' => $rows, 'more' => $board->hasMore()]);
    }
}

// Worker boot: runs once per FrankenPHP worker thread.
$serviceDate = '2024-06-01';
$controller = new BoardController(StopTimetable::forServiceDay($serviceDate), $serviceDate);

$handler = static function () use ($controller): void {
    header('Content-Type: application/json');
    echo $controller($_GET);
};

while (frankenphp_handle_request($handler)) {
    // next request
}
