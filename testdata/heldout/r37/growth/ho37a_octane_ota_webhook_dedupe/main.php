<?php
// Laravel Octane worker (Swoole/RoadRunner underneath) serving the channel
// manager's inbound OTA webhooks: POST /webhooks/{channel}.

declare(strict_types=1);

require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Container/Container.php';
require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Support/Facades/Facade.php';
require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Http/Request.php';
require __DIR__ . '/vendor/laravel/octane/src/Worker.php';
require __DIR__ . '/app/Services/Webhooks/ProcessedWebhookLedger.php';
require __DIR__ . '/app/Support/Facades/WebhookLedger.php';
require __DIR__ . '/app/Http/Controllers/ChannelWebhookController.php';
require __DIR__ . '/app/Providers/ChannelServiceProvider.php';

use App\Http\Controllers\ChannelWebhookController;
use App\Providers\ChannelServiceProvider;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Facade;
use Laravel\Octane\Worker;

// --- boot once per worker --------------------------------------------------
$app = Container::getInstance();
Facade::setFacadeApplication($app);
(new ChannelServiceProvider($app))->register();

$worker = new Worker($app, static function (Request $request) use ($app) {
    if (!preg_match('#^webhooks/(booking|expedia|airbnb)$#', $request->path(), $m)) {
        return null;
    }

    return $app->make(ChannelWebhookController::class)($request, $m[1]);
});

// --- requests handed over by the Octane server ------------------------------
$secrets = $app->make('channels.secrets');
$channels = array_keys($secrets);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $channel = $channels[$i % 3];
    $body = json_encode([
        'event_id' => sprintf('evt_%s_%06d', substr(md5((string) $i), 0, 10), $i),
        'hotel_id' => 'HTL-' . (200 + $i % 9),
        'availability' => [
            ['room_type' => 'DBL', 'date' => date('Y-m-d', 1767225600 + ($i % 90) * 86400), 'allotment' => $i % 6],
            ['room_type' => 'TWN', 'date' => date('Y-m-d', 1767225600 + ($i % 90) * 86400), 'allotment' => ($i + 3) % 6],
        ],
    ]);
    $request = new Request('webhooks/' . $channel, [
        'content-type' => 'application/json',
        'x-signature' => hash_hmac('sha256', $body, $secrets[$channel]),
    ], $body);
    $response = $worker->handle($request);
    unset($request, $response);
}
