<?php
// A point-of-sale gateway runs as a Workerman worker. Every message opens
// a tab in a long-lived registry under the order number, but takes it
// out under the tab number once it is settled: every tab stays.

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
                ($this->onMessage)(new \stdClass(), json_encode(['tab' => 4000 + $i, 'order' => 'ord-' . (91000 + $i), 'items' => array_fill(0, 9, 'espresso')]));
            }
        }
    }
}

namespace {
    final class TabRegistry
    {
        /** @var array<int, array{items: list<string>, opened: string}> */
        private array $open = [];

        public function open(int|string $tab, array $items): void
        {
            $this->open[$tab] = ['items' => $items, 'opened' => str_repeat('terminal-7 ', 40)]; // leak
        }

        public function close(int $tab): void
        {
            unset($this->open[$tab]);
        }
    }

    final class Settlement
    {
        public function __construct(private TabRegistry $tabs)
        {
        }

        public function settle(array $message): void
        {
            $this->tabs->open($message['order'], $message['items']);
            $this->tabs->close($message['tab']);
        }
    }

    $settlement = new Settlement(new TabRegistry());
    $worker = new Workerman\Worker('tcp://0.0.0.0:9100');
    $worker->onMessage = static function (object $connection, string $data) use ($settlement): void {
        $settlement->settle(json_decode($data, true));
    };
    $worker->runAll((int) (getenv('PHPLEAK_N') ?: 100));
}
