<?php
// A Laravel Octane app records profile changes into an AuditTrail service backed by an ArrayObject, resolved from the container per request.

require __DIR__ . '/vendor/laravel/container.php';
require __DIR__ . '/vendor/laravel/octane.php';
require __DIR__ . '/app/Support/AuditTrail.php';
require __DIR__ . '/app/Providers/AppServiceProvider.php';
require __DIR__ . '/app/Http/Controllers/ProfileController.php';

use App\Http\Controllers\ProfileController;
use App\Providers\AppServiceProvider;
use Illuminate\Container\Container;
use Laravel\Octane\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$app = new Container();
(new AppServiceProvider($app))->register();
$worker = new Worker($app);

for ($i = 0; $i < $n; $i++) {
    $worker->handle(function (Container $app, array $request) {
        return $app->make(ProfileController::class)->update($request);
    }, ['user' => 'user-' . $i, 'bio' => str_repeat("Writer and traveller #{$i}. ", 14), 'ip' => '192.0.2.' . ($i % 250)]);
}
