<?php

declare(strict_types=1);

/*
 * Edge API gateway running as a RoadRunner HTTP worker. Each request goes
 * through the plugin chain configured for its route.
 */

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Plugin/PluginInterface.php';
require __DIR__ . '/src/Plugin/AbstractPlugin.php';
require __DIR__ . '/src/Plugin/CorrelationIdPlugin.php';
require __DIR__ . '/src/Plugin/JwtAuthPlugin.php';
require __DIR__ . '/src/Plugin/HeaderRewritePlugin.php';
require __DIR__ . '/src/Plugin/UpstreamProxyPlugin.php';
require __DIR__ . '/src/PluginChain.php';
require __DIR__ . '/src/GatewayKernel.php';

use Edge\Gateway\GatewayKernel;
use Spiral\RoadRunner\Http\PSR7Worker;

$config = require __DIR__ . '/config/gateway.php';
$kernel = new GatewayKernel($config['routes'], $config['plugins']);
$worker = PSR7Worker::create((int) (getenv('PHPLEAK_N') ?: 100));

while ($request = $worker->waitRequest()) {
    try {
        $worker->respond($kernel->handle($request));
    } catch (\Throwable $e) {
        $worker->respond(new \Nyholm\Psr7\Response(500, [], $e->getMessage()));
    }
}
