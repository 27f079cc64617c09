<?php

declare(strict_types=1);

require __DIR__ . '/src/Runtime.php';
require __DIR__ . '/src/Flags/ToggleClient.php';
require __DIR__ . '/src/Checkout/CheckoutController.php';

use App\Checkout\CheckoutController;
use App\Flags\HttpEventSink;
use App\Flags\ToggleClient;
use App\Http\Kernel;
use App\Http\Request;

ignore_user_abort(true);

$flags = new ToggleClient(
    ['express-checkout' => 30, 'apple-pay' => 50, 'new-payment-page' => 10],
    new HttpEventSink(),
);
$controller = new CheckoutController($flags);
$kernel = new Kernel($controller(...));
// Worker mode: the shutdown flush never runs between requests, publish evaluations when each request ends.
$kernel->addTerminable($flags);

$handler = static function () use ($kernel): void {
    $request = Request::fromGlobals();
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
