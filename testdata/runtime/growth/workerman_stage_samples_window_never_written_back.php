<?php
// An import pipeline runs as a Workerman worker and keeps, per stage,
// the latency samples of recent messages; the p95 it reports reads the
// last 50 and writes that window back, so each stage keeps 50 samples.

namespace Workerman {
    /** Stand-in for Workerman\Worker: onMessage runs for every message. */
    class Worker
    {
        /** @var (callable(object, string): void)|null */
        public $onMessage = null;

        public function __construct(public string $listen)
        {
        }

        public function runAll(int $messages): void
        {
            for ($i = 0; $i < $messages; $i++) {
                ($this->onMessage)(new \stdClass(), json_encode(['stage' => ['parse', 'validate', 'store'][$i % 3], 'ms' => 10 + $i % 40, 'message' => 'msg-' . bin2hex(random_bytes(6)), 'note' => str_repeat('row ', 60)]));
            }
        }
    }
}

namespace {
    final class StageStats
    {
        /** @var array<string, list<array{ms: int, message: string, note: string}>> */
        private array $samples = [];

        public function __construct(private readonly int $size = 50)
        {
        }

        public function record(string $stage, int $ms, string $message, string $note): void
        {
            $this->samples[$stage][] = ['ms' => $ms, 'message' => $message, 'note' => $note]; // leak
        }

        public function p95(string $stage): int
        {
            $ms = array_column($this->window($stage), 'ms');
            sort($ms);

            return $ms[(int) floor(0.95 * (count($ms) - 1))] ?? 0;
        }

        /** @return list<array{ms: int, message: string, note: string}> */
        private function window(string $stage): array
        {
            return array_slice($this->samples[$stage] ?? [], -$this->size);
        }
    }

    $stats = new StageStats();
    $worker = new Workerman\Worker('tcp://0.0.0.0:9200');
    $worker->onMessage = static function (object $connection, string $data) use ($stats): void {
        $m = json_decode($data, true);
        $stats->record($m['stage'], $m['ms'], $m['message'], $m['note']);
        $connection->p95 = $stats->p95($m['stage']);
    };
    $worker->runAll((int) (getenv('PHPLEAK_N') ?: 100));
}
