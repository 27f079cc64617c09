<?php

declare(strict_types=1);

namespace Acme\Catalog;

use Acme\Clock\ClockInterface;
use Acme\Messenger\Envelope;
use Acme\Scheduler\DeferredTask;
use Acme\Scheduler\DeferredTaskScheduler;

final class ProductImportedHandler
{
    private const REINDEX_DELAY = 5.0;
    private const WARMUP_DELAY = 30.0;

    /** @var array<string, int> */
    private array $importedPerColor = [];

    public function __construct(
        private readonly DeferredTaskScheduler $scheduler,
        private readonly ClockInterface $clock,
    ) {}

    public function __invoke(Envelope $envelope): void
    {
        $product = $envelope->body;
        $color = (string) ($product['attributes']['color'] ?? 'none');
        $this->importedPerColor[$color] = ($this->importedPerColor[$color] ?? 0) + 1;

        $now = $this->clock->now();
        $this->scheduler->schedule(new DeferredTask('search.reindex', $now + self::REINDEX_DELAY, $product));
        $this->scheduler->schedule(new DeferredTask('http_cache.warmup', $now + self::WARMUP_DELAY, [
            'url' => '/p/' . strtolower((string) $product['sku']),
            'sku' => $product['sku'],
        ]));
    }
}
