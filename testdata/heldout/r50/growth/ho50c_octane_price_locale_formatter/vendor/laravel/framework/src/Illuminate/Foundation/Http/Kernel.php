<?php

namespace Illuminate\Foundation\Http;

use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Pipeline\Pipeline;
use Illuminate\Routing\Router;

class Kernel
{
    /** @var list<class-string> */
    protected array $middleware = [];

    public function __construct(protected Application $app, protected Router $router)
    {
    }

    public function handle(Request $request): Response
    {
        $this->app->instance('request', $request);

        return (new Pipeline($this->app))
            ->send($request)
            ->through($this->middleware)
            ->then(fn (Request $request) => $this->router->dispatch($request));
    }
}
