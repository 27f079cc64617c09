<?php
// A consumer script hands its queue to a library worker (under vendor/)
// and runs it after each push: the worker takes out what was pushed, so
// the queue stays empty between iterations.

require __DIR__ . '/vendor/acme/worker.php';

final class StockHandler
{
    public int $units = 0;

    public function __invoke(array $message): void
    {
        $this->units += $message['qty'];
    }
}

$queue = new SplQueue();
$worker = new Acme\Queue\Worker($queue, new StockHandler());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $queue->enqueue(['sku' => sprintf('SKU-%06d', $i), 'qty' => 1 + $i % 7, 'note' => str_repeat('restock ', 60)]);
    $worker->run();
}
