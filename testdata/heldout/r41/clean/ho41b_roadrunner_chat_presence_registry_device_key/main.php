<?php
declare(strict_types=1);

// RoadRunner worker (.rr.yaml: http.pool.num_workers=4) for the presence service.

require __DIR__ . '/vendor/nyholm/psr7/src/ServerRequest.php';
require __DIR__ . '/vendor/spiral/roadrunner-http/src/PSR7Worker.php';
require __DIR__ . '/src/Presence/PresenceKey.php';
require __DIR__ . '/src/Presence/PresenceEntry.php';
require __DIR__ . '/src/Presence/InteractsWithPresenceStore.php';
require __DIR__ . '/src/Presence/PresenceRegistry.php';
require __DIR__ . '/src/Http/PresenceSyncController.php';
require __DIR__ . '/src/Kernel.php';

use App\Http\PresenceSyncController;
use App\Kernel;
use App\Presence\PresenceRegistry;
use Nyholm\Psr7\Response;
use Spiral\RoadRunner\Http\PSR7Worker;

$kernel = new Kernel();
$kernel->route('POST', '/internal/presence/sync', new PresenceSyncController(new PresenceRegistry(), 'shared-secret'));

$worker = new PSR7Worker();
while ($request = $worker->waitRequest()) {
    try {
        $worker->respond($kernel->handle($request));
    } catch (\Throwable $e) {
        $worker->respond(new Response(500, [], $e->getMessage()));
    }
}
