<?php
// Worker entry: runs the app:geoip:warmup command once at boot, then serves storefront requests in a loop.

require __DIR__ . '/vendor/symfony/console.php';
require __DIR__ . '/vendor/symfony/http.php';
require __DIR__ . '/src/Geo/GeoIpTable.php';
require __DIR__ . '/src/Command/WarmupGeoIpCommand.php';
require __DIR__ . '/src/Controller/StorefrontController.php';

use App\Command\WarmupGeoIpCommand;
use App\Controller\StorefrontController;
use Symfony\Component\Console\Application;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\NullOutput;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\HttpKernel;

$application = new Application();
$application->add(new WarmupGeoIpCommand());
$application->run(new ArrayInput(['command' => 'app:geoip:warmup']), new NullOutput());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$kernel = new HttpKernel(new StorefrontController());
for ($i = 0; $i < $n; $i++) {
    $request = new Request(['ref' => 'newsletter'], [], ['REMOTE_ADDR' => sprintf('%d.%d.1.9', $i % 256, $i % 100)]);
    $kernel->handle($request);
}
