<?php

declare(strict_types=1);

/*
 * Lead-scoring service on Workerman: the marketing site posts behavioural
 * signals for a lead, the worker answers with a score normalised against the
 * scores it has handed out recently (so "hot" stays roughly the top decile).
 */

namespace Workerman\Connection {
    class TcpConnection
    {
        public ?string $lastSent = null;

        public function __construct(public readonly int $id, public readonly string $remoteAddress)
        {
        }

        public function send(string $data): void
        {
            $this->lastSent = $data;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    class Worker
    {
        /** @var callable|null */
        public $onMessage = null;
        /** @var callable|null */
        public $onWorkerStart = null;
        public int $count = 1;
        public string $name = 'none';

        public function __construct(public readonly string $listen)
        {
        }

        /** Stand-in for the event loop: frames come from a feed instead of sockets. */
        public static function runAll(self $worker, iterable $frames): void
        {
            if ($worker->onWorkerStart) {
                ($worker->onWorkerStart)($worker);
            }
            foreach ($frames as $i => $frame) {
                $conn = new TcpConnection($i, '10.0.' . ($i % 4) . '.7:' . (40000 + $i % 2000));
                ($worker->onMessage)($conn, $frame);
            }
        }
    }
}

namespace App\Scoring {

    final class ScoringModel
    {
        public function __construct(public readonly string $version, private array $weights)
        {
        }

        public function raw(array $signals): float
        {
            $score = 0.0;
            foreach ($signals as $name => $count) {
                $score += ($this->weights[$name] ?? 0.0) * log(1 + (int) $count);
            }

            return round($score, 3);
        }
    }

    /**
     * Keeps the recent raw scores to map a new score onto a percentile.
     */
    final class ScoreCalibrator
    {
        private const WINDOW = 200;

        /** @var array<int, array{lead:string, raw:float, at:int, signals:array}> */
        private array $samples = [];
        private ?string $calibratedFor = null;
        private array $thresholds = ['hot' => 8.0, 'warm' => 4.0];

        public function __construct(private ScoringModel $model)
        {
        }

        public function observe(string $leadId, float $raw, int $at, array $signals): void
        {
            $this->samples[] = ['lead' => $leadId, 'raw' => $raw, 'at' => $at, 'signals' => $signals]; // leak

            if ($this->recalibrationDue()) {
                $this->samples = array_slice($this->samples, -self::WINDOW);
                $this->thresholds = $this->computeThresholds();
                $this->calibratedFor = $this->model->version;
            }
        }

        public function grade(float $raw): string
        {
            return $raw >= $this->thresholds['hot'] ? 'hot' : ($raw >= $this->thresholds['warm'] ? 'warm' : 'cold');
        }

        private function recalibrationDue(): bool
        {
            // Thresholds are recomputed when a new model is deployed.
            return $this->calibratedFor !== null && $this->calibratedFor !== $this->model->version;
        }

        private function computeThresholds(): array
        {
            $raws = array_column(array_slice($this->samples, -self::WINDOW), 'raw');
            sort($raws);
            $n = count($raws);

            return ['hot' => $raws[(int) floor($n * 0.9)] ?? 8.0, 'warm' => $raws[(int) floor($n * 0.6)] ?? 4.0];
        }

        public function markCalibrated(): void
        {
            $this->calibratedFor = $this->model->version;
        }
    }

    final class LeadScorer
    {
        public function __construct(private ScoringModel $model, private ScoreCalibrator $calibrator)
        {
        }

        public function score(array $payload): array
        {
            $signals = array_intersect_key($payload['signals'] ?? [], array_flip(['page_view', 'pricing_view', 'email_click', 'form_submit', 'demo_request']));
            $raw = $this->model->raw($signals);
            $this->calibrator->observe((string) $payload['lead_id'], $raw, (int) $payload['ts'], $signals);

            return ['lead_id' => $payload['lead_id'], 'score' => $raw, 'grade' => $this->calibrator->grade($raw), 'model' => 'v3'];
        }
    }
}

namespace {
    use App\Scoring\LeadScorer;
    use App\Scoring\ScoreCalibrator;
    use App\Scoring\ScoringModel;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $worker = new Worker('websocket://0.0.0.0:2346');
    $worker->name = 'lead-scorer';
    $scorer = null;

    $worker->onWorkerStart = function (Worker $w) use (&$scorer): void {
        $model = new ScoringModel('2024-04-rf3', ['page_view' => 0.4, 'pricing_view' => 2.5, 'email_click' => 1.2, 'form_submit' => 3.0, 'demo_request' => 6.0]);
        $calibrator = new ScoreCalibrator($model);
        $calibrator->markCalibrated();
        $scorer = new LeadScorer($model, $calibrator);
    };

    $worker->onMessage = function (TcpConnection $connection, string $data) use (&$scorer): void {
        $payload = json_decode($data, true);
        if (!is_array($payload) || !isset($payload['lead_id'])) {
            $connection->send('{"error":"bad payload"}');

            return;
        }
        $connection->send(json_encode($scorer->score($payload)));
    };

    $frames = (function (int $n) {
        for ($i = 0; $i < $n; $i++) {
            yield json_encode([
                'lead_id' => 'ld_' . dechex(0xa0000 + $i * 13),
                'ts' => 1714000000 + $i * 5,
                'signals' => [
                    'page_view' => 3 + $i % 11,
                    'pricing_view' => $i % 4,
                    'email_click' => $i % 6,
                    'form_submit' => (int) ($i % 9 === 0),
                    'utm_content' => 'hero-b',
                ],
            ]);
        }
    })((int) (getenv('PHPLEAK_N') ?: 100));

    Worker::runAll($worker, $frames);
}
