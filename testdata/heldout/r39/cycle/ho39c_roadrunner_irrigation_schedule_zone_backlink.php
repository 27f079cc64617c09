<?php

declare(strict_types=1);

// RoadRunner HTTP worker: POST /schedules/preview computes the week's
// irrigation plan for a field from its zones' valve windows.

final class PSR7Request
{
    public function __construct(public readonly string $uri, public readonly array $parsedBody)
    {
    }
}

final class PSR7Response
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

final class RoadRunnerWorker
{
    private int $served = 0;

    public function __construct(private readonly int $max, private readonly Closure $payloadFor)
    {
    }

    public function waitRequest(): ?PSR7Request
    {
        if ($this->served >= $this->max) {
            return null;
        }

        return new PSR7Request('/schedules/preview', ($this->payloadFor)($this->served++));
    }

    public function respond(PSR7Response $response): void
    {
    }
}

final class ValveWindow
{
    public function __construct(
        public readonly string $weekday,
        public readonly string $start,
        public readonly int $minutes,
        public readonly float $flowLpm,
    ) {
    }

    public function litres(): float
    {
        return $this->minutes * $this->flowLpm;
    }
}

final class IrrigationSchedule
{
    /** @var array<string, IrrigationZone> */
    private array $zones = [];

    public function __construct(
        public readonly string $fieldId,
        public readonly string $crop,
        public readonly string $weekOf,
    ) {
    }

    public function register(IrrigationZone $zone): void
    {
        $this->zones[$zone->code] = $zone; // leak
    }

    /** @return array<string, IrrigationZone> */
    public function zones(): array
    {
        return $this->zones;
    }

    public function totalLitres(): float
    {
        return array_sum(array_map(fn (IrrigationZone $z) => $z->weeklyLitres(), $this->zones));
    }
}

final class IrrigationZone
{
    private ?IrrigationSchedule $schedule = null;

    /** @param list<array{0:string,1:string,2:int}> $windows */
    public function __construct(
        public readonly string $code,
        public readonly string $emitterType,
        private readonly array $windows,
        private readonly float $flowLpm,
    ) {
    }

    public function belongsTo(IrrigationSchedule $schedule): void
    {
        $this->schedule = $schedule; // leak
        $schedule->register($this);
    }

    public function weeklyLitres(): float
    {
        $total = 0.0;
        foreach ($this->windows as [$day, $start, $minutes]) {
            $total += (new ValveWindow($day, $start, $minutes, $this->flowLpm))->litres();
        }

        return $total;
    }

    public function label(): string
    {
        return sprintf('%s / zone %s (%s)', $this->schedule?->fieldId ?? '?', $this->code, $this->emitterType);
    }
}

final class ZoneFactory
{
    private const FLOW_BY_EMITTER = ['drip' => 38.0, 'micro_sprinkler' => 95.0, 'pivot' => 1400.0];

    public function fromRow(IrrigationSchedule $schedule, array $row): IrrigationZone
    {
        $emitter = array_key_exists($row['emitter'], self::FLOW_BY_EMITTER) ? $row['emitter'] : 'drip';
        $zone = new IrrigationZone($row['code'], $emitter, $row['windows'], self::FLOW_BY_EMITTER[$emitter]);
        $zone->belongsTo($schedule);

        return $zone;
    }
}

final class SchedulePreviewHandler
{
    public function __construct(private readonly ZoneFactory $zones)
    {
    }

    public function handle(PSR7Request $request): PSR7Response
    {
        $body = $request->parsedBody;
        $schedule = new IrrigationSchedule($body['field_id'], $body['crop'], $body['week_of']);
        foreach ($body['zones'] as $row) {
            $this->zones->fromRow($schedule, $row);
        }

        $labels = array_map(fn (IrrigationZone $z) => $z->label(), array_values($schedule->zones()));

        return new PSR7Response(200, json_encode([
            'field' => $schedule->fieldId,
            'litres' => round($schedule->totalLitres(), 1),
            'zones' => $labels,
        ]));
    }
}

$worker = new RoadRunnerWorker((int) (getenv('PHPLEAK_N') ?: 100), static function (int $i): array {
    $days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

    return [
        'field_id' => sprintf('FLD-%04d', 300 + $i),
        'crop' => ['almond', 'tomato', 'maize'][$i % 3],
        'week_of' => date('Y-m-d', 1717200000 + 86400 * 7 * ($i % 20)),
        'zones' => [
            ['code' => 'Z' . ($i % 9) . 'A', 'emitter' => 'drip', 'windows' => [[$days[$i % 7], '05:30', 40 + $i % 15], [$days[($i + 3) % 7], '05:30', 35]]],
            ['code' => 'Z' . ($i % 9) . 'B', 'emitter' => 'micro_sprinkler', 'windows' => [[$days[($i + 1) % 7], '21:00', 25 + $i % 10]]],
        ],
    ];
});
$handler = new SchedulePreviewHandler(new ZoneFactory());

while ($request = $worker->waitRequest()) {
    $worker->respond($handler->handle($request));
}
