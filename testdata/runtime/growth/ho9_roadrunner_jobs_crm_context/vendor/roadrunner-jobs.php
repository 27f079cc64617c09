<?php
// Stripped-down RoadRunner Jobs consumer and received task.

namespace Spiral\RoadRunner\Jobs\Task {
    final class ReceivedTask
    {
        public bool $acked = false;
        public function __construct(private string $id, private string $name, private string $payload) {}
        public function getId(): string { return $this->id; }
        public function getName(): string { return $this->name; }
        public function getPayload(): string { return $this->payload; }
        public function ack(): void { $this->acked = true; }
    }
}

namespace Spiral\RoadRunner\Jobs {
    use Spiral\RoadRunner\Jobs\Task\ReceivedTask;

    final class Consumer
    {
        private int $delivered = 0;

        public function waitTask(): ?ReceivedTask
        {
            $i = ++$this->delivered;
            $payload = json_encode(['contact_id' => 8000 + $i, 'email' => "lead{$i}@example.org", 'company' => "Company {$i} GmbH", 'notes' => str_repeat('met at trade fair; ', 10)]);
            return new ReceivedTask(sprintf('job-%06d', $i), 'crm.sync_contact', $payload);
        }
    }
}
