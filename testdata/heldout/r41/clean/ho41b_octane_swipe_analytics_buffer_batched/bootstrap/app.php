<?php
declare(strict_types=1);

use App\Providers\AnalyticsServiceProvider;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;

$app = Container::getInstance();
$app->instance('config', ['analytics' => require __DIR__ . '/../config/analytics.php']);
$app->singleton(Dispatcher::class, fn (Container $c) => new Dispatcher($c));

$providers = [new AnalyticsServiceProvider($app)];
foreach ($providers as $provider) {
    $provider->register();
}
foreach ($providers as $provider) {
    $provider->boot();
}

return $app;
