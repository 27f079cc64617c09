<?php
// A card terminal gateway runs as a Workerman worker. On start, the
// worker gets its settlement ledger from a factory and keeps it in a
// property it does not declare ($worker->ledger). Every message records
// its transaction in the ledger under the transaction id: one more
// entry per message, for the life of the worker.

namespace Workerman {
    /** Stand-in for Workerman\Worker: callbacks, dynamic properties. */
    #[\AllowDynamicProperties]
    class Worker
    {
        /** @var (callable(self): void)|null */
        public $onWorkerStart = null;
        /** @var (callable(object, string): void)|null */
        public $onMessage = null;

        public function run(int $messages): void
        {
            ($this->onWorkerStart)($this);
            for ($i = 0; $i < $messages; $i++) {
                ($this->onMessage)(new \stdClass(), json_encode(['txn' => sprintf('T%010d', $i), 'terminal' => 'POS-' . ($i % 6), 'amount' => 1200 + $i % 500, 'emv' => str_repeat('9F', 300)]));
            }
        }
    }
}

namespace App {
    final class SettlementLedger
    {
        /** @var array<string, array{terminal: string, amount: int, emv: string}> */
        private array $entries = [];

        public function record(string $key, array $entry): void
        {
            $this->entries[$key] = $entry; // leak
        }
    }

    final class LedgerFactory
    {
        public static function make(): SettlementLedger
        {
            return new SettlementLedger();
        }
    }
}

namespace {
    $worker = new Workerman\Worker();
    $worker->onWorkerStart = static function (Workerman\Worker $worker): void {
        $worker->ledger = App\LedgerFactory::make();
    };
    $worker->onMessage = static function (object $connection, string $data) use ($worker): void {
        $msg = json_decode($data, true);
        $worker->ledger->record($msg['txn'], ['terminal' => $msg['terminal'], 'amount' => $msg['amount'], 'emv' => $msg['emv']]);
    };
    $worker->run((int) (getenv('PHPLEAK_N') ?: 100));
}
