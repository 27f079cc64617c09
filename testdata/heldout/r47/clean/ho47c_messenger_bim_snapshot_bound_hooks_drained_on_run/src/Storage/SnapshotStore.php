<?php

namespace App\Storage;

use App\Bim\ModelSnapshot;

/** Writes snapshot metadata and uploads the IFC extract (both stubbed). */
final class SnapshotStore
{
    private int $uploads = 0;

    public function __construct(private string $bucket, private AfterFlushHooks $hooks)
    {
    }

    public function persist(ModelSnapshot $snapshot): void
    {
        $location = sprintf('%s/%s/r%05d-%s.ifczip', $this->bucket, $snapshot->modelId, $snapshot->revision, substr($snapshot->checksum, 0, 12));
        $this->uploads++;
        $this->hooks->run($location);
    }
}
