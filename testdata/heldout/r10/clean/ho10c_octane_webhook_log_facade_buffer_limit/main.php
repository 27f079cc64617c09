<?php

declare(strict_types=1);

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/vendor/laravel/facades.php';
require __DIR__ . '/vendor/monolog/monolog.php';
require __DIR__ . '/src/Http/StripeWebhookController.php';

use App\Http\StripeWebhookController;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Http\Kernel;
use Illuminate\Http\Request;
use Illuminate\Routing\Router;
use Illuminate\Support\Facades\Facade;
use Laravel\Octane\Worker;
use Monolog\Handler\BufferHandler;
use Monolog\Handler\SocketHandler;
use Monolog\Logger;

$app = new Application();
$config = ['logging' => require __DIR__ . '/config/logging.php'];

$app->singleton('log', static function () use ($config): Logger {
    $channel = $config['logging']['channels'][$config['logging']['default']];
    return new Logger('production', [
        new BufferHandler(new SocketHandler(Logger::DEBUG), $channel['buffer_limit'], $channel['flush_on_overflow']),
    ]);
});
$app->singleton(StripeWebhookController::class, static fn () => new StripeWebhookController());
$app->singleton(Router::class, static function ($app) {
    $router = new Router($app);
    $router->post('/webhooks/stripe', [StripeWebhookController::class, 'handle'], 'webhooks.stripe');
    return $router;
});
$app->singleton(Kernel::class, static fn ($app) => new Kernel($app, $app->make(Router::class)));
Facade::setFacadeApplication($app);

$worker = new Worker($app);

$types = ['invoice.paid', 'charge.succeeded', 'customer.subscription.updated', 'invoice.payment_failed'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new Request('POST', '/webhooks/stripe', input: [
        'id' => sprintf('evt_%024d', $i),
        'type' => $types[$i % 4],
        'livemode' => true,
        'data' => ['object' => ['customer' => sprintf('cus_%014d', $i % 300), 'subscription' => sprintf('sub_%014d', $i), 'amount_paid' => 4900]],
    ], headers: ['stripe-signature' => sprintf('t=%d,v1=%s', 1700000000 + $i, hash('sha256', (string) $i))]));
}
