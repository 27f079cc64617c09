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
    /** @var array<string, scalar> */
    private array $previous = [];

    /** @var list<FieldChange> */
    private array $pendingChanges = [];

    public function __construct(private readonly ProductCatalog $catalog)
    {
    }

    public function __invoke(SyncProductFeed $message): int
    {
        $this->previous = $this->catalog->find($message->sku);

        try {
            foreach ($message->payload as $field => $value) {
                if (($this->previous[$field] ?? null) !== $value) {
                    $this->pendingChanges[] = new FieldChange($message->sku, $field, $this->previous[$field] ?? null, $value);
                }
            }

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
        $this->previous = [];
    }
}
