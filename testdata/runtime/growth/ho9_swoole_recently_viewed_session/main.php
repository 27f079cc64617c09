<?php
// A Swoole HTTP shop server whose session middleware merges cookie data into $_SESSION and a product page that tracks recently viewed items.

require __DIR__ . '/src/Swoole/Http.php';
require __DIR__ . '/src/Shop/SessionMiddleware.php';
require __DIR__ . '/src/Shop/ProductController.php';

use App\Shop\ProductController;
use App\Shop\SessionMiddleware;
use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$session = new SessionMiddleware();
$products = new ProductController();

$server = new Server('0.0.0.0', 9501, $n);
$server->on('request', function (Request $request, Response $response) use ($session, $products): void {
    $session->start($request);
    $body = $products->show($request);
    $response->header('Set-Cookie', 'shop_sess=' . $session->cookie());
    $response->header('Content-Type', 'application/json');
    $response->end($body);
});
$server->start();
