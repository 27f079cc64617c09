<?php
// A Swoole-style HTTP server handles checkout requests and publishes an order event through a static Event facade backed by a container singleton.

declare(strict_types=1);

require __DIR__ . '/Framework/Container.php';
require __DIR__ . '/Framework/Support/Facades/Facade.php';
require __DIR__ . '/Framework/Support/Facades/Event.php';
require __DIR__ . '/Framework/Events/Dispatcher.php';
require __DIR__ . '/Swoole/Server.php';
require __DIR__ . '/App/Events/OrderPlaced.php';
require __DIR__ . '/App/Listeners/SendOrderConfirmation.php';
require __DIR__ . '/App/Http/CheckoutHandler.php';

use App\Events\OrderPlaced;
use App\Http\CheckoutHandler;
use App\Listeners\SendOrderConfirmation;
use Framework\Container;
use Framework\Events\Dispatcher;
use Framework\Support\Facades\Event;
use Swoole\Http\Server;

$container = Container::getInstance();
$container->singleton('events', static fn (): Dispatcher => new Dispatcher());
$container->singleton(CheckoutHandler::class, static fn (): CheckoutHandler => new CheckoutHandler());

Event::listen(OrderPlaced::class, new SendOrderConfirmation());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$server = new Server('0.0.0.0', 9501, $n);
$server->on('start', static function (Server $server): void {
});
$server->on('request', static function ($request, $response) use ($container): void {
    $handler = $container->make(CheckoutHandler::class);
    $handler($request, $response);
});
$server->start();
