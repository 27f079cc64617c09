<?php

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate-lite/Container.php';
require __DIR__ . '/vendor/illuminate-lite/Facade.php';
require __DIR__ . '/vendor/octane-lite/Worker.php';
require __DIR__ . '/app/Services/PlaylistService.php';
require __DIR__ . '/app/Facades/Playlists.php';
require __DIR__ . '/app/Providers/PlaylistServiceProvider.php';
require __DIR__ . '/app/Http/PlaylistController.php';

use App\Http\PlaylistController;
use App\Providers\PlaylistServiceProvider;
use Illuminate\Container\Container;
use Illuminate\Support\Facades\Facade;
use Laravel\Octane\RequestContext;
use Laravel\Octane\Worker;

// ---- bootstrap/app.php, once per Octane worker ----
$app = new Container();
$app->instance(Container::class, $app);
Facade::setFacadeApplication($app);
(new PlaylistServiceProvider($app))->register();
$app->singleton(PlaylistController::class, static fn () => new PlaylistController());

$worker = new Worker($app, static function (RequestContext $request) use ($app): array {
    return $app->make(PlaylistController::class)->next($request);
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $playlistId = sprintf('pl_%s', base_convert((string) (7_000_000 + $i * 31), 10, 36));
    $worker->handle(new RequestContext(
        'GET',
        "/playlists/{$playlistId}/next",
        ['playlist' => $playlistId],
        $i % 4 === 0 ? [] : ['after' => sprintf('lec_%06d', $i % 100_000)],
    ));
}
