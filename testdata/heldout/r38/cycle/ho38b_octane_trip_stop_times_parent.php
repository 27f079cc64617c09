<?php

declare(strict_types=1);

/*
 * Transit API served by Laravel Octane. The GTFS static schedule is parsed
 * once when the worker boots; each GET /api/trips/{trip}/stop-times request
 * hydrates a Trip aggregate for the requested service date and renders its
 * calling pattern.
 */

final class StopTime
{
    public function __construct(
        public readonly string $stopId,
        public readonly int $stopSequence,
        public readonly string $arrivalTime,
        public readonly string $departureTime,
        public readonly int $pickupType = 0,
        public readonly ?string $stopHeadsign = null,
    ) {
    }
}

final class StopTimeCollection implements IteratorAggregate, Countable
{
    /** @var list<StopTime> */
    private array $items = [];

    public function __construct(
        private Trip $trip, // leak
    ) {
    }

    public function push(StopTime $stopTime): void
    {
        $this->items[] = $stopTime;
    }

    public function headsignAt(StopTime $stopTime): string
    {
        return $stopTime->stopHeadsign ?? $this->trip->headsign;
    }

    public function terminus(): ?StopTime
    {
        return $this->items[count($this->items) - 1] ?? null;
    }

    public function getIterator(): ArrayIterator
    {
        return new ArrayIterator($this->items);
    }

    public function count(): int
    {
        return count($this->items);
    }
}

final class Trip
{
    private ?StopTimeCollection $stopTimes = null;

    public function __construct(
        public readonly string $tripId,
        public readonly string $routeId,
        public readonly string $headsign,
        public readonly string $serviceDate,
    ) {
    }

    public function stopTimes(): StopTimeCollection
    {
        return $this->stopTimes ??= $this->relation(StopTimeCollection::class); // leak
    }

    /**
     * @template T of object
     * @param class-string<T> $class
     * @return T
     */
    private function relation(string $class): object
    {
        return new $class($this);
    }
}

final class GtfsSchedule
{
    /** @var array<string, array{route_id: string, trip_headsign: string, stop_times: list<array>}> */
    private array $trips = [];

    public static function fromFeedDirectory(string $dir): self
    {
        // Stand-in for parsing trips.txt / stop_times.txt from $dir.
        $schedule = new self();
        $routes = ['S1', 'S3', 'IR15', 'RE2', 'T7', 'B31'];
        foreach ($routes as $r => $routeId) {
            for ($t = 0; $t < 4; $t++) {
                $tripId = sprintf('%s-%04d-WK', $routeId, 100 + $t);
                $stopTimes = [];
                for ($s = 1; $s <= 9; $s++) {
                    $secs = 5 * 3600 + $t * 1800 + $s * 240 + $r * 60;
                    $stopTimes[] = [
                        'stop_id' => sprintf('85%05d', 3000 + $r * 20 + $s),
                        'stop_sequence' => $s,
                        'arrival_time' => gmdate('H:i:s', $secs),
                        'departure_time' => gmdate('H:i:s', $secs + 30),
                        'pickup_type' => $s === 9 ? 1 : 0,
                        'stop_headsign' => $s > 6 ? 'Flughafen' : null,
                    ];
                }
                $schedule->trips[$tripId] = [
                    'route_id' => $routeId,
                    'trip_headsign' => 'Zürich HB via ' . $routeId,
                    'stop_times' => $stopTimes,
                ];
            }
        }

        return $schedule;
    }

    public function has(string $tripId): bool
    {
        return isset($this->trips[$tripId]);
    }

    public function row(string $tripId): array
    {
        return $this->trips[$tripId];
    }

    /** @return list<string> */
    public function tripIds(): array
    {
        return array_keys($this->trips);
    }
}

final class TripRepository
{
    public function __construct(private GtfsSchedule $schedule)
    {
    }

    public function findForServiceDate(string $tripId, string $serviceDate): ?Trip
    {
        if (!$this->schedule->has($tripId)) {
            return null;
        }

        $row = $this->schedule->row($tripId);
        $trip = new Trip($tripId, $row['route_id'], $row['trip_headsign'], $serviceDate);
        foreach ($row['stop_times'] as $st) {
            $trip->stopTimes()->push(new StopTime(
                $st['stop_id'],
                $st['stop_sequence'],
                $serviceDate . 'T' . $st['arrival_time'],
                $serviceDate . 'T' . $st['departure_time'],
                $st['pickup_type'],
                $st['stop_headsign'],
            ));
        }

        return $trip;
    }
}

final class TripStopTimesController
{
    public function __construct(private TripRepository $trips)
    {
    }

    /** @param array{trip: string, date: string} $route */
    public function show(array $route): array
    {
        $trip = $this->trips->findForServiceDate($route['trip'], $route['date']);
        if ($trip === null) {
            return ['status' => 404, 'body' => '{"error":"unknown trip"}'];
        }

        $calls = [];
        foreach ($trip->stopTimes() as $stopTime) {
            $calls[] = [
                'stop' => $stopTime->stopId,
                'arr' => $stopTime->arrivalTime,
                'dep' => $stopTime->departureTime,
                'headsign' => $trip->stopTimes()->headsignAt($stopTime),
            ];
        }

        return ['status' => 200, 'body' => json_encode([
            'trip' => $trip->tripId,
            'route' => $trip->routeId,
            'terminus' => $trip->stopTimes()->terminus()?->stopId,
            'calls' => $calls,
        ])];
    }
}

/** Minimal stand-in for Laravel\Octane\Worker driving the application. */
final class OctaneWorker
{
    /** @var array<string, object> */
    private array $instances = [];

    public function boot(): void
    {
        $schedule = GtfsSchedule::fromFeedDirectory('/srv/gtfs/current');
        $this->instances[GtfsSchedule::class] = $schedule;
        $this->instances[TripStopTimesController::class] = new TripStopTimesController(new TripRepository($schedule));
    }

    public function handle(string $method, string $uri): array
    {
        if ($method !== 'GET' || !preg_match('#^/api/trips/([^/]+)/stop-times\?date=(\d{4}-\d{2}-\d{2})$#', $uri, $m)) {
            return ['status' => 404, 'body' => ''];
        }

        return $this->instances[TripStopTimesController::class]->show(['trip' => rawurldecode($m[1]), 'date' => $m[2]]);
    }

    public function tripIds(): array
    {
        return $this->instances[GtfsSchedule::class]->tripIds();
    }
}

$worker = new OctaneWorker();
$worker->boot();
$tripIds = $worker->tripIds();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $tripId = $tripIds[($i * 7) % count($tripIds)];
    $date = gmdate('Y-m-d', 1717200000 + 86400 * ($i % 45));
    $response = $worker->handle('GET', '/api/trips/' . rawurlencode($tripId) . '/stop-times?date=' . $date);
    unset($response);
}
