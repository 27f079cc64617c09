<?php
// Stand-in for laravel/octane's worker: the application is booted once and
// every request is handled by the same process. The request stream is the
// reefer monitoring gateway posting controller readings.

namespace Laravel\Octane;

use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Routing\Router;

final class RequestContext
{
    public function __construct(public readonly Request $request) {}
}

final class Worker
{
    public function __construct(private Application $app) {}

    public function run(): void
    {
        $router = $this->app->make(Router::class);
        $n = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $n; $i++) {
            $context = new RequestContext(new Request('POST', '/api/reefers/readings', [
                'container' => sprintf('MNBU%07d', 3300000 + $i),
                'controller' => ['make' => 'Carrier ThinLINE', 'serial' => sprintf('TL%08d', 900000 + $i)],
                'setpoint_c' => -18.0,
                'supply_c' => -18.0 + 4.5 + ($i % 5) / 10,
                'return_c' => -15.2,
                'humidity' => 78 + $i % 9,
                'stack' => sprintf('R%02d-%02d-%d', $i % 40, $i % 12, $i % 5 + 1),
                'alarm_codes' => ['AL' . (20 + $i % 7), 'AL56'],
                'raw' => base64_encode(random_bytes(220)),
            ], ['x-gateway' => 'reefer-gw-' . ($i % 4)]));
            $router->dispatch($context->request);
        }
    }
}
