<?php

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/app/Support/BadgeKey.php';
require __DIR__ . '/app/Services/RankBadgeService.php';
require __DIR__ . '/app/Facades/RankBadge.php';
require __DIR__ . '/app/Http/PlayerCardController.php';

use App\Http\PlayerCardController;
use App\Services\RankBadgeService;
use Illuminate\Config\Repository;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$app = new Application(__DIR__);
$config = new Repository(require __DIR__ . '/config/octane.php');
$app->instance('config', $config);
$app->singleton(RankBadgeService::class, fn (Application $app) => new RankBadgeService($app->make('config')));
$app->bind(PlayerCardController::class, fn () => new PlayerCardController());

$worker = new Worker($app, function (Application $sandbox, Request $request) {
    return $sandbox->make(PlayerCardController::class)->show($request);
});
$worker->boot($config->get('octane.warm'));

$regions = ['eu', 'na', 'sa', 'apac', 'mena'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', '/players/' . (70000 + $i) . '/card', [
        'handle' => 'frag_' . dechex(0xBEEF + $i),
        'region' => $regions[$i % 5],
        'rating' => 900 + ($i * 37) % 2200,
    ], ['Accept' => 'text/html']);
    $response = $worker->handle($request);
    unset($request, $response);
}
