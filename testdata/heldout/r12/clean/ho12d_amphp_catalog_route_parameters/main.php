<?php

declare(strict_types=1);

require __DIR__ . '/src/Http/Request.php';
require __DIR__ . '/src/Routing/Route.php';
require __DIR__ . '/src/Routing/Router.php';
require __DIR__ . '/src/Http/ProductController.php';
require __DIR__ . '/src/Server/HttpServer.php';

use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\SocketHttpServer;
use App\Http\ProductController;
use App\Http\Request;
use App\Http\Response;
use App\Routing\Router;

final class CatalogApplication implements RequestHandler
{
    public function __construct(private Router $router)
    {
    }

    public function handleRequest(Request $request): Response
    {
        $request->setAttribute('received_at', hrtime(true));

        return $this->router->dispatch($request);
    }
}

$router = new Router();
$products = new ProductController();
$router->get('/{locale}/products/{slug}', $products->show(...));

$application = new CatalogApplication($router);
$server = new SocketHttpServer();
$server->expose('0.0.0.0:1337');
$server->start($application);
