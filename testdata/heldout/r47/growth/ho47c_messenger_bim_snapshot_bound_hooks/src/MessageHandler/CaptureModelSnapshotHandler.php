<?php

namespace App\MessageHandler;

use App\Bim\ModelSnapshot;
use App\Bim\SnapshotFactory;
use App\Message\CaptureModelSnapshot;
use App\Storage\AfterFlushHooks;
use App\Storage\SnapshotStore;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class CaptureModelSnapshotHandler
{
    public function __construct(
        private SnapshotFactory $factory,
        private SnapshotStore $store,
        private AfterFlushHooks $afterFlush,
    ) {
    }

    public function __invoke(CaptureModelSnapshot $message): void
    {
        $snapshot = $this->factory->capture($message);
        $this->afterFlush->add($this->markStoredHook($snapshot)); // leak
        $this->store->persist($snapshot);
    }

    /**
     * ModelSnapshot keeps its status private; the hook is bound into the
     * snapshot's scope so it can flip it once the upload committed.
     */
    private function markStoredHook(ModelSnapshot $snapshot): \Closure
    {
        return \Closure::bind(function (string $location): void {
            $this->status = 'stored';
            $this->storedAt = $location;
        }, $snapshot, ModelSnapshot::class);
    }
}
