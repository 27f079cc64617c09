<?php
// A Workerman gateway keeps its per-worker services on the worker
// object, the way Workerman's examples do: onWorkerStart sets
// $worker->audit = new AuditLog(), and onMessage reaches it through the
// worker it captures. The log keeps the last 50 entries.

namespace Workerman {
    /** Stand-in for Workerman\Worker: onWorkerStart once, onMessage per message. */
    #[\AllowDynamicProperties]
    class Worker
    {
        /** @var callable|null */
        public $onWorkerStart = null;
        /** @var callable|null */
        public $onMessage = null;

        public function __construct(public string $socketName)
        {
        }

        public function run(int $messages): void
        {
            ($this->onWorkerStart)($this);
            for ($i = 0; $i < $messages; $i++) {
                ($this->onMessage)(new \stdClass(), json_encode(['device' => 'dev-' . $i, 'event' => 'ping', 'payload' => str_repeat('p', 400)]));
            }
        }
    }
}

namespace {
    use Workerman\Worker;

    final class AuditLog
    {
        /** @var list<array{device: string, event: string, payload: string}> */
        private array $entries = [];

        public function record(string $device, string $event, string $payload): void
        {
            $this->entries[] = ['device' => $device, 'event' => $event, 'payload' => $payload];
            if (count($this->entries) > 50) {
                $this->entries = array_slice($this->entries, -50);
            }
        }

        public function last(): ?array
        {
            return $this->entries[count($this->entries) - 1] ?? null;
        }
    }

    $worker = new Worker('websocket://0.0.0.0:8282');
    $worker->onWorkerStart = static function (Worker $w): void {
        $w->audit = new AuditLog();
    };
    $worker->onMessage = static function (object $connection, string $data) use ($worker): void {
        $m = json_decode($data, true);
        $worker->audit->record($m['device'], $m['event'], $m['payload']);
    };
    $worker->run((int) (getenv('PHPLEAK_N') ?: 100));
}
