<?php

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/app/Support/QueueKey.php';
require __DIR__ . '/app/Queue/QueuedTrack.php';
require __DIR__ . '/app/Queue/QueueSnapshotWriter.php';
require __DIR__ . '/app/Queue/PlayQueueStore.php';
require __DIR__ . '/app/Facades/PlayQueue.php';
require __DIR__ . '/app/Http/Controllers/PlayQueueController.php';
require __DIR__ . '/app/Providers/PlayQueueServiceProvider.php';

use App\Http\Controllers\PlayQueueController;
use App\Providers\PlayQueueServiceProvider;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Facade;
use Laravel\Octane\Events\RequestReceived;
use Laravel\Octane\Events\RequestTerminated;
use Laravel\Octane\Events\WorkerStopping;

$app = Container::getInstance();
$events = new Dispatcher();
$app->instance(Dispatcher::class, $events);
Facade::setFacadeApplication($app);

$provider = new PlayQueueServiceProvider($app);
$provider->register();
$provider->boot($events);

$controller = new PlayQueueController();

register_shutdown_function(static function () use ($events, $app): void {
    $events->dispatch(new WorkerStopping($app));
});

$contexts = ['library:liked', 'playlist:daily-mix-1', 'album:0x5b2f', 'radio:artist-4411', 'search'];
$titles = ['Night Drive', 'Paper Lanterns', 'Low Tide', 'Glasshouse', 'Northern Line', 'Slow Burn'];
$artists = ['The Velvet Static', 'Mara Quinn', 'Oslo Harbour', 'Kid Meridian'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $tracks = [];
    for ($t = 0; $t < 2; $t++) {
        $tracks[] = [
            'isrc' => sprintf('GB%s%02d%05d', strtoupper(bin2hex(random_bytes(2))), 24, mt_rand(1, 99999)),
            'title' => $titles[array_rand($titles)] . ' (' . bin2hex(random_bytes(6)) . ' edit)',
            'artist' => $artists[array_rand($artists)] . ' feat. ' . bin2hex(random_bytes(5)),
            'source' => $t === 0 ? 'manual' : 'autoplay',
        ];
    }

    $request = new Request('POST', '/api/me/player/queue', [
        'listener_id' => mt_rand(1, 50000),
        'context_uri' => $contexts[$i % count($contexts)],
        'client_ts' => 1717000000 + $i * 7,
        'tracks' => $tracks,
    ], [
        'x-device-id' => bin2hex(random_bytes(8)),
    ]);

    $events->dispatch(new RequestReceived($app, $request));
    $response = $controller->append($request);
    $events->dispatch(new RequestTerminated($app, $request));

    unset($request, $response, $tracks);
}
