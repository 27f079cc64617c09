<?php

use App\Bim\SnapshotFactory;
use App\Message\CaptureModelSnapshot;
use App\MessageHandler\CaptureModelSnapshotHandler;
use App\Storage\AfterFlushHooks;
use App\Storage\SnapshotStore;

/** Hand-wired equivalent of the compiled container for messenger:consume bim. */
return static function (array $bim): array {
    $hooks = new AfterFlushHooks();
    $handler = new CaptureModelSnapshotHandler(
        new SnapshotFactory($bim['categories']),
        new SnapshotStore($bim['snapshot_bucket'], $hooks),
        $hooks,
    );

    return [CaptureModelSnapshot::class => [$handler]];
};
