<?php
declare(strict_types=1);

namespace Gridline\Derms;

/*
 * ReactPHP daemon in the DERMS: subscribes to the SCADA historian's feeder
 * telemetry topic, keeps the last six hours of 15-minute feeder loading per
 * feeder and raises a demand-response trigger when a feeder runs hot.
 */

/** Stand-in for a ReactPHP event loop with an MQTT subscription replaying recorded telemetry. */
final class TelemetrySubscription
{
    /** @var list<callable> */
    private array $listeners = [];

    public function __construct(public readonly string $topic)
    {
    }

    public function on(string $event, callable $listener): void
    {
        $this->listeners[] = $listener;
    }

    public function replay(int $messages): void
    {
        $feeders = ['FDR-12A', 'FDR-12B', 'FDR-31C', 'FDR-44D'];
        for ($i = 0; $i < $messages; $i++) {
            $slot = intdiv($i, 4);
            $payload = json_encode([
                'feeder' => $feeders[$i % 4],
                // RTU clocks drift: the poll lands a few seconds after the interval boundary
                'ts' => 1725148800 + $slot * 900 + ($i * 7) % 60,
                'kw' => 3200 + ($i * 131) % 1900,
                'kvar' => 600 + ($i * 17) % 300,
                'phases' => ['a' => 141 + $i % 9, 'b' => 139 + $i % 7, 'c' => 144 + $i % 5],
                'voltage' => 12.47 + (($i % 11) - 5) / 100,
                'point' => sprintf('SUB%02d.%s.MW.ANALOG.%d', 3 + $i % 4, $feeders[$i % 4], 4000 + $i % 4),
                'quality' => $i % 97 === 0 ? 'SUSPECT' : 'GOOD',
            ]);
            foreach ($this->listeners as $listener) {
                $listener($payload);
            }
        }
    }
}

final class Loop
{
    /** @var list<\Closure> */
    private array $ticks = [];

    public function futureTick(\Closure $tick): void
    {
        $this->ticks[] = $tick;
    }

    public function run(): void
    {
        while ($tick = array_shift($this->ticks)) {
            $tick();
        }
    }
}

final class LoadSample
{
    /** @param array{a: int, b: int, c: int} $phaseAmps */
    public function __construct(
        public readonly string $feeder,
        public readonly int $measuredAt,
        public readonly float $kw,
        public readonly float $kvar,
        public readonly array $phaseAmps,
        public readonly float $voltageKv,
        public readonly string $pointName,
        public readonly string $quality,
    ) {
    }

    public function powerFactor(): float
    {
        return $this->kw / max(1.0, sqrt($this->kw ** 2 + $this->kvar ** 2));
    }
}

final class FeederLoadWindow
{
    private const INTERVAL = 900;
    private const WINDOW_INTERVALS = 24;

    /** @var array<string, array<int, LoadSample>> */
    private array $samples = [];

    public function add(LoadSample $sample): void
    {
        $at = self::intervalStart($sample->measuredAt);
        $this->samples[$sample->feeder][$at] = $sample;
        unset($this->samples[$sample->feeder][$at - self::INTERVAL * self::WINDOW_INTERVALS]);
    }

    private static function intervalStart(int $timestamp): int
    {
        return $timestamp - $timestamp % self::INTERVAL;
    }

    public function averageKw(string $feeder): float
    {
        $window = $this->samples[$feeder] ?? [];
        if ($window === []) {
            return 0.0;
        }

        $good = array_filter($window, static fn (LoadSample $s): bool => $s->quality === 'GOOD');

        return $good === [] ? 0.0 : array_sum(array_map(static fn (LoadSample $s): float => $s->kw, $good)) / count($good);
    }
}

final class OverloadMonitor
{
    private int $triggers = 0;

    /** @param array<string, float> $ratingsKw */
    public function __construct(private readonly FeederLoadWindow $window, private readonly array $ratingsKw)
    {
    }

    public function onTelemetry(string $json): void
    {
        $m = json_decode($json, true);
        $this->window->add(new LoadSample($m['feeder'], $m['ts'], (float) $m['kw'], (float) $m['kvar'], $m['phases'], (float) $m['voltage'], $m['point'], $m['quality']));
        if ($this->window->averageKw($m['feeder']) > 0.9 * ($this->ratingsKw[$m['feeder']] ?? 5000.0)) {
            $this->triggers++;
        }
    }
}

$loop = new Loop();
$monitor = new OverloadMonitor(new FeederLoadWindow(), ['FDR-12A' => 4800.0, 'FDR-12B' => 5200.0, 'FDR-31C' => 4100.0, 'FDR-44D' => 6000.0]);
$subscription = new TelemetrySubscription('scada/feeders/+/loading');
$subscription->on('message', [$monitor, 'onTelemetry']);

$loop->futureTick(static function () use ($subscription): void {
    $subscription->replay((int) (getenv('PHPLEAK_N') ?: 100));
});
$loop->run();
