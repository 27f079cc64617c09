<?php
// A long-running HTTP kernel resolves its session and rate-limit cache pools from a service locator and prunes configured pools after each response.

declare(strict_types=1);

require __DIR__ . '/src/DependencyInjection/ServiceLocator.php';
require __DIR__ . '/src/Cache/TtlCache.php';
require __DIR__ . '/src/Http/Message.php';
require __DIR__ . '/src/Security/SessionAuthenticator.php';
require __DIR__ . '/src/Controller/HomeController.php';
require __DIR__ . '/src/Http/Kernel.php';

use Lattice\Cache\TickClock;
use Lattice\Cache\TtlCache;
use Lattice\Controller\HomeController;
use Lattice\DependencyInjection\ContainerInterface;
use Lattice\DependencyInjection\ServiceLocator;
use Lattice\Http\Kernel;
use Lattice\Http\Request;
use Lattice\Security\SessionAuthenticator;

$config = [
    'framework.cache.prunable' => ['cache.rate_limits'],
    'framework.session.ttl' => 1440,
];

$clock = new TickClock();
$locator = new ServiceLocator([
    'clock' => static fn (): TickClock => $clock,
    'cache.sessions' => static fn (ContainerInterface $c): TtlCache => new TtlCache($c->get('clock'), 1440, 'sessions.'),
    'cache.rate_limits' => static fn (ContainerInterface $c): TtlCache => new TtlCache($c->get('clock'), 60, 'rl.'),
    SessionAuthenticator::class => static fn (ContainerInterface $c): SessionAuthenticator => new SessionAuthenticator($c),
    HomeController::class => static fn (): HomeController => new HomeController(),
]);
$kernel = new Kernel($locator, $config['framework.cache.prunable']);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $clock->advance(30);
    $request = new Request('GET', '/', [], [
        'REMOTE_ADDR' => '198.51.100.' . ($i % 200),
        'REQUEST_TIME_FLOAT' => sprintf('%d.%04d', $clock->now(), $i % 10000),
    ]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
