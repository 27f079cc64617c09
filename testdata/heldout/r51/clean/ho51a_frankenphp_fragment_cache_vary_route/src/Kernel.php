<?php

namespace App;

use App\Controller\ShopController;
use App\Http\Request;
use App\Http\Response;
use App\Routing\Router;
use App\Support\App;

final class Kernel
{
    private Router $router;
    private ShopController $shop;

    public function __construct(string $projectDir)
    {
        App::boot($projectDir . '/config');
        $this->router = new Router(App::config('routes'));
        $this->shop = new ShopController();
    }

    public function handle(Request $request): Response
    {
        $route = $this->router->match($request->path);

        return $route === null ? new Response('Not Found', 404) : ($this->shop)($request, $route);
    }

    public function terminate(): void
    {
    }
}
