<?php

namespace Illuminate\Foundation\Http;

use Illuminate\Contracts\Http\Kernel as KernelContract;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Bootstrap\BootProviders;
use Illuminate\Foundation\Bootstrap\LoadConfiguration;
use Illuminate\Foundation\Bootstrap\RegisterFacades;
use Illuminate\Foundation\Bootstrap\RegisterProviders;
use Illuminate\Foundation\Http\Events\RequestHandled;
use Illuminate\Pipeline\Pipeline;
use Illuminate\Routing\Router;
use Illuminate\Support\Facades\Facade;

class Kernel implements KernelContract
{
    protected $bootstrappers = [
        LoadConfiguration::class,
        RegisterFacades::class,
        RegisterProviders::class,
        BootProviders::class,
    ];

    /**
     * The application's global HTTP middleware stack.
     *
     * @var list<class-string>
     */
    protected $middleware = [];

    public function __construct(protected Application $app, protected Router $router)
    {
    }

    public function bootstrap()
    {
        if (! $this->app->hasBeenBootstrapped()) {
            $this->app->bootstrapWith($this->bootstrappers);
        }
    }

    public function handle($request)
    {
        $this->app->instance('request', $request);
        Facade::clearResolvedInstance('request');
        $this->bootstrap();
        $router = $this->router;
        $response = (new Pipeline($this->app))
            ->send($request)
            ->through($this->middleware)
            ->then(static fn ($request) => $router->dispatch($request));
        $this->app['events']->dispatch(new RequestHandled($request, $response));
        return $response;
    }

    public function terminate($request, $response)
    {
        foreach ($this->middleware as $middleware) {
            $instance = $this->app->make($middleware);
            if (method_exists($instance, 'terminate')) {
                $instance->terminate($request, $response);
            }
        }
    }
}
