<?php

use App\Container;
use App\Controller\ProductController;
use App\Http\Kernel;
use App\Middleware\CacheHeadersMiddleware;
use App\Middleware\RequestIdMiddleware;
use App\Repository\ProductRepository;
use App\Routing\RouteCollection;
use App\Routing\RouteCompiler;

return static function (Container $c): void {
    $c->set(RouteCollection::class, static function (): RouteCollection {
        $routes = new RouteCollection();
        $routes->add('product.show', '/products/{id}/{slug?}', [ProductController::class, 'show']);
        $routes->add('product.reviews', '/products/{id}/reviews', [ProductController::class, 'show']);
        $routes->add('category.list', '/c/{category}', [ProductController::class, 'show']);

        return $routes;
    });
    $c->set(RouteCompiler::class, static fn (Container $c) => new RouteCompiler($c->get(RouteCollection::class)));
    $c->set(ProductRepository::class, static fn () => new ProductRepository());
    $c->set(ProductController::class, static fn (Container $c) => new ProductController($c->get(ProductRepository::class)));
    $c->set(Kernel::class, static fn (Container $c) => new Kernel($c, $c->get(RouteCollection::class), [
        new RequestIdMiddleware(),
        new CacheHeadersMiddleware(300),
    ]));
};
