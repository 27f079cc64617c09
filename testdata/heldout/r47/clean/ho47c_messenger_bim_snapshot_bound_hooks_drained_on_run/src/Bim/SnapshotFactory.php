<?php

namespace App\Bim;

use App\Message\CaptureModelSnapshot;

final class SnapshotFactory
{
    public function __construct(private array $categories)
    {
    }

    public function capture(CaptureModelSnapshot $m): ModelSnapshot
    {
        $counts = [];
        foreach ($this->categories as $category) {
            $counts[$category] = $m->elementCounts[$category] ?? 0;
        }

        return new ModelSnapshot(
            modelId: $m->modelId,
            revision: $m->revision,
            checksum: hash('sha256', $m->ifcPath . '#' . $m->revision),
            elementCounts: $counts,
            commitMessage: $m->commitMessage,
            author: $m->author,
        );
    }
}
