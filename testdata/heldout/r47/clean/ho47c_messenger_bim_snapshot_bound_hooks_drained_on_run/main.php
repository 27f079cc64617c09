<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/messenger/Messenger.php';
require __DIR__ . '/src/Message/CaptureModelSnapshot.php';
require __DIR__ . '/src/Bim/ModelSnapshot.php';
require __DIR__ . '/src/Bim/SnapshotFactory.php';
require __DIR__ . '/src/Storage/AfterFlushHooks.php';
require __DIR__ . '/src/Storage/SnapshotStore.php';
require __DIR__ . '/src/MessageHandler/CaptureModelSnapshotHandler.php';

use App\Message\CaptureModelSnapshot;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Transport\InMemoryTransport;
use Symfony\Component\Messenger\Worker\Worker;

$bim = require __DIR__ . '/config/bim.php';
$bus = new MessageBus((require __DIR__ . '/config/services.php')($bim));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$transport = new InMemoryTransport(static fn (int $i): CaptureModelSnapshot => new CaptureModelSnapshot(
    modelId: sprintf('MDL-%s-%02d', ['ARCH', 'STRU', 'MECH'][$i % 3], $i % 11),
    revision: 1000 + $i,
    ifcPath: sprintf('/mnt/cde/wip/tower-b/%d/federated.ifc', $i),
    elementCounts: [
        'IfcWall' => 4200 + $i % 300,
        'IfcSlab' => 380 + $i % 20,
        'IfcBeam' => 2100 + $i % 150,
        'IfcColumn' => 640 + $i % 40,
        'IfcDoor' => 910 + $i % 12,
        'IfcDuctSegment' => 7300 + $i % 500,
    ],
    commitMessage: sprintf('Coordination round %d: moved transfer beam TB-%d 150mm north to clear sprinkler main, re-ran clash detection (%d clashes remaining, %d approved), updated slab set-downs for wet areas on levels %d-%d and re-exported COBie sheet.', $i, $i % 30, 40 + $i % 60, $i % 25, 3 + $i % 10, 5 + $i % 10),
    author: sprintf('bim.coordinator.%d@consultant.example', $i % 7),
), $n);

(new Worker($transport, $bus))->run();
