<?php

namespace App\MessageHandler;

use App\Catalog\FieldChange;
use App\Catalog\ProductCatalog;
use App\Message\SyncProductFeed;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

/**
 * Diffs an incoming supplier row against the catalog and writes only the changed fields.
 */
#[AsMessageHandler(fromTransport: 'supplier_feed')]
final class SyncProductFeedHandler
{
    /** @var array<string, array<string, scalar>> */
    private array $lastSynced = [];

    /** @var list<FieldChange> */
    private array $pendingChanges = [];

    public function __construct(private readonly ProductCatalog $catalog)
    {
    }

    public function __invoke(SyncProductFeed $message): int
    {
        $previous = $this->lastSynced[$message->sku] ?? $this->catalog->find($message->sku);

        try {
            foreach ($message->payload as $field => $value) {
                if (($previous[$field] ?? null) !== $value) {
                    $this->pendingChanges[] = new FieldChange($message->sku, $field, $previous[$field] ?? null, $value);
                }
            }
            $this->lastSynced[$message->sku] = $message->payload; // leak

            return \count($this->pendingChanges);
        } finally {
            $this->flush();
        }
    }

    private function flush(): void
    {
        if ($this->pendingChanges) {
            $this->catalog->applyChanges($this->pendingChanges);
        }
        $this->pendingChanges = [];
    }
}
