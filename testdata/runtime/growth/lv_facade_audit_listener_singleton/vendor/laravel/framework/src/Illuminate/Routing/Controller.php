<?php

namespace Illuminate\Routing;

abstract class Controller
{
    /** @var list<array{middleware: \Closure|string, options: array}> */
    protected $middleware = [];

    public function middleware($middleware, array $options = [])
    {
        foreach ((array) $middleware as $m) {
            $this->middleware[] = ['middleware' => $m, 'options' => &$options];
        }
        return new ControllerMiddlewareOptions($options);
    }

    public function getMiddleware()
    {
        return $this->middleware;
    }

    public function callAction($method, $parameters)
    {
        return $this->{$method}(...array_values($parameters));
    }
}
