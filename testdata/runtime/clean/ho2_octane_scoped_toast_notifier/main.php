<?php
// An Octane-style worker keeps one booted Laravel application and handles checkout requests that raise UI toasts through a notifier bound as a scoped service.

require_once __DIR__ . '/vendor/autoload.php';
require_once __DIR__ . '/app/Support/Toast.php';
require_once __DIR__ . '/app/Support/ToastNotifier.php';
require_once __DIR__ . '/app/Providers/AppServiceProvider.php';
require_once __DIR__ . '/app/Http/Middleware/AttachToastsHeader.php';
require_once __DIR__ . '/app/Http/Controllers/CheckoutController.php';

use App\Http\Controllers\CheckoutController;
use App\Http\Middleware\AttachToastsHeader;
use App\Providers\AppServiceProvider;
use Illuminate\Events\Dispatcher;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Http\Kernel;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$app = new Application(__DIR__);
$app->singleton(Dispatcher::class);
$app->singleton(Kernel::class);
$app->register(AppServiceProvider::class);

$kernel = $app->make(Kernel::class);
$kernel->pushMiddleware(AttachToastsHeader::class);
$kernel->route('POST', '/checkout', static fn (Request $r) => $app->make(CheckoutController::class)->store($r));

$worker = new Worker($app);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(Request::create('/checkout', 'POST', [
        'cart_id' => 90000 + $i,
        'name' => 'Customer ' . $i,
        'email' => "customer{$i}@example.org",
    ], ['Accept' => 'application/json']));
}
