<?php
// Stand-in for spiral/roadrunner-jobs: RoadRunner pulls from the broker and
// hands tasks to this PHP worker one at a time. Replays berth planning
// requests from the TOS "plan-call" pipeline.

namespace Spiral\RoadRunner\Jobs\Task {
    final class ReceivedTask
    {
        private bool $completed = false;

        public function __construct(
            private string $id,
            private string $pipeline,
            private string $name,
            private string $payload,
            private array $headers = [],
        ) {}

        public function getId(): string { return $this->id; }
        public function getPipeline(): string { return $this->pipeline; }
        public function getName(): string { return $this->name; }
        public function getPayload(): string { return $this->payload; }
        public function getHeaderLine(string $name): string { return $this->headers[$name] ?? ''; }
        public function complete(): void { $this->completed = true; }
        public function fail(string|\Throwable $error, bool $requeue = false): void { $this->completed = true; }
    }
}

namespace Spiral\RoadRunner\Jobs {
    use Spiral\RoadRunner\Jobs\Task\ReceivedTask;

    final class Consumer
    {
        private int $taken = 0;
        private int $limit;

        public function __construct()
        {
            $this->limit = (int) (getenv('PHPLEAK_N') ?: 100);
        }

        public function waitTask(): ?ReceivedTask
        {
            if ($this->taken >= $this->limit) {
                return null;
            }
            $i = $this->taken++;
            $payload = json_encode([
                'call' => ['imo' => 9300000 + $i, 'name' => sprintf('CMA CGM VESSEL %04d', $i), 'voyage' => sprintf('0%02dMNE', $i % 100),
                    'loa_m' => 300 + $i % 100, 'eta' => 1718000000 + $i * 3600],
                'berths' => [
                    ['berth' => 'CTB-' . ($i % 4 + 1), 'from_m' => 120 + $i % 60, 'to_m' => 480 + $i % 60, 'side' => 'port'],
                    ['berth' => 'CTB-' . ($i % 4 + 2), 'from_m' => 0, 'to_m' => 90, 'side' => 'port'],
                ],
                'moves' => ['discharge' => 1400 + $i % 300, 'load' => 1250 + $i % 280, 'restows' => $i % 40],
                'notes' => 'Lashing gang 2 from 06:00; ' . str_repeat('hatch cover stack on apron; ', 6) . bin2hex(random_bytes(12)),
            ]);

            return new ReceivedTask(sprintf('%032x', $i), 'plan-call', 'PlanVesselCall', $payload, ['attempts' => '1']);
        }
    }
}
