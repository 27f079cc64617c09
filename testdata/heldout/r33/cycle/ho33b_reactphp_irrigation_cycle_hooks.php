<?php

declare(strict_types=1);

namespace React\EventLoop {
    interface TimerInterface
    {
    }

    final class Timer implements TimerInterface
    {
        public function __construct(public readonly float $interval, public readonly \Closure $callback)
        {
        }
    }

    /** Stand-in for React\EventLoop\Loop running periodic timers back to back. */
    final class Loop
    {
        /** @var array<int, Timer> */
        private static array $timers = [];
        private static float $now = 1718000000.0;

        public static function addPeriodicTimer(float $interval, callable $callback): TimerInterface
        {
            $timer = new Timer($interval, \Closure::fromCallable($callback));
            self::$timers[spl_object_id($timer)] = $timer;

            return $timer;
        }

        public static function cancelTimer(TimerInterface $timer): void
        {
            unset(self::$timers[spl_object_id($timer)]);
        }

        public static function now(): float
        {
            return self::$now;
        }

        public static function run(): void
        {
            while (self::$timers) {
                foreach (self::$timers as $timer) {
                    self::$now += $timer->interval;
                    ($timer->callback)($timer);
                }
            }
        }
    }
}

namespace Farm\Irrigation {

    final class MoistureProbeClient
    {
        /** @return array{zone: string, vwc: float, soil_temp: float, probe: string} */
        public function latest(string $zone, int $tick): array
        {
            return [
                'zone' => $zone,
                'vwc' => 0.18 + (($tick * 7) % 13) / 100,
                'soil_temp' => 17.5 + ($tick % 9) / 3,
                'probe' => sprintf('SENTEK-%s-%03d', strtoupper(substr($zone, 0, 3)), $tick % 4),
            ];
        }
    }

    final class ValveController
    {
        private array $openSeconds = [];

        public function pulse(string $valve, int $seconds): void
        {
            $this->openSeconds[$valve] = ($this->openSeconds[$valve] ?? 0) + $seconds;
        }
    }

    final class IrrigationPlanner
    {
        private const FIELD_CAPACITY = 0.32;
        private const EMITTER_LPH = 2.1;

        /** @param array<string, list<string>> $valvesByZone */
        public function __construct(private readonly array $valvesByZone)
        {
        }

        public function planCycle(string $zone, array $probe, int $now): array
        {
            $deficit = max(0.0, self::FIELD_CAPACITY - $probe['vwc']);

            $schedule = [
                'id' => sprintf('irr-%s-%d', $zone, $now),
                'zone' => $zone,
                'probe' => $probe['probe'],
                'started_at' => $now,
                'status' => 'planned',
                'steps' => $this->buildSteps($zone, $deficit),
                'note' => sprintf('VWC %.2f below field capacity by %.2f at %s', $probe['vwc'], $deficit, date('H:i', $now)),
            ];

            $schedule['onComplete'] = function (int $finishedAt) use (&$schedule): array { // leak
                return [
                    'schedule' => $schedule['id'],
                    'zone' => $schedule['zone'],
                    'liters' => round(array_sum(array_column($schedule['steps'], 'liters')), 1),
                    'runtime' => $finishedAt - $schedule['started_at'],
                ];
            };

            return $schedule;
        }

        private function buildSteps(string $zone, float $deficit): array
        {
            $steps = [];
            foreach ($this->valvesByZone[$zone] as $i => $valve) {
                $seconds = (int) round(600 * $deficit / 0.1) + 30 * $i;
                $steps[] = [
                    'valve' => $valve,
                    'seconds' => $seconds,
                    'liters' => $seconds / 3600 * self::EMITTER_LPH * 240,
                    'fertigation' => $i === 0 ? 'NPK 15-5-30 @ 1.2 mS/cm' : null,
                ];
            }

            return $steps;
        }
    }

    final class IrrigationRunner
    {
        private int $liters = 0;

        public function __construct(private readonly ValveController $valves)
        {
        }

        public function execute(array $schedule, int $now): array
        {
            $elapsed = 0;
            foreach ($schedule['steps'] as $step) {
                $this->valves->pulse($step['valve'], $step['seconds']);
                $elapsed += $step['seconds'];
            }

            $report = ($schedule['onComplete'])($now + $elapsed);
            $this->liters += (int) $report['liters'];

            return $report;
        }
    }
}

namespace {
    use Farm\Irrigation\IrrigationPlanner;
    use Farm\Irrigation\IrrigationRunner;
    use Farm\Irrigation\MoistureProbeClient;
    use Farm\Irrigation\ValveController;
    use React\EventLoop\Loop;
    use React\EventLoop\TimerInterface;

    $valvesByZone = [
        'orchard-east' => ['V-101', 'V-102', 'V-103'],
        'orchard-west' => ['V-111', 'V-112'],
        'vineyard-block-a' => ['V-201', 'V-202', 'V-203', 'V-204'],
        'nursery' => ['V-301'],
    ];

    $probes = new MoistureProbeClient();
    $planner = new IrrigationPlanner($valvesByZone);
    $runner = new IrrigationRunner(new ValveController());
    $zones = array_keys($valvesByZone);

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $tick = 0;

    Loop::addPeriodicTimer(60.0, static function (TimerInterface $timer) use (&$tick, $n, $zones, $probes, $planner, $runner): void {
        $zone = $zones[$tick % count($zones)];
        $now = (int) Loop::now();
        $probe = $probes->latest($zone, $tick);

        $runner->execute($planner->planCycle($zone, $probe, $now), $now);

        if (++$tick >= $n) {
            Loop::cancelTimer($timer);
        }
    });

    Loop::run();
}
