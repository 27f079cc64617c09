<?php

declare(strict_types=1);

require __DIR__ . '/vendor/stencil/stencil/src/Environment.php';
require __DIR__ . '/src/Http/RoadRunner.php';
require __DIR__ . '/src/Mail/OrderConfirmationMailer.php';
require __DIR__ . '/src/Http/ConfirmOrderHandler.php';

use App\Http\ConfirmOrderHandler;
use App\Http\NullTransport;
use App\Http\PSR7Worker;
use App\Mail\OrderConfirmationMailer;
use Stencil\Environment;

$stencil = new Environment(['autoescape' => 'html']);
$handler = new ConfirmOrderHandler(new OrderConfirmationMailer($stencil), new NullTransport());
$psr7 = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));

while ($request = $psr7->waitRequest()) {
    $psr7->respond($handler->handle($request));
}
unset($request);
