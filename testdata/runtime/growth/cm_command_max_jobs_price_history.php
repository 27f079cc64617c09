<?php
// A console command serves queued price updates until it has handled as
// many jobs as --max-jobs says, the way queue:work runs under a process
// manager. The price service it uses keeps a history per update id.

final class PriceService
{
    private array $history = [];

    public function apply(string $updateId, string $sku, int $cents): void
    {
        $this->history[$updateId] = ['sku' => $sku, 'cents' => $cents, 'note' => str_repeat('repriced by feed; ', 20)]; // leak
    }
}

final class FeedQueue
{
    private int $next = 0;

    public function pop(): array
    {
        $i = $this->next++;

        return ['id' => 'upd-' . $i . '-' . bin2hex(random_bytes(4)), 'sku' => 'SKU-' . ($i % 30), 'cents' => 1000 + $i % 500];
    }
}

final class ApplyPriceUpdatesCommand
{
    public function __construct(private readonly FeedQueue $queue, private readonly PriceService $prices) {}

    public function execute(int $maxJobs): int
    {
        $handled = 0;
        while ($handled < $maxJobs) {
            $job = $this->queue->pop();
            $this->prices->apply($job['id'], $job['sku'], $job['cents']);
            $handled++;
        }

        return 0;
    }
}

$command = new ApplyPriceUpdatesCommand(new FeedQueue(), new PriceService());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$command->execute($n);
