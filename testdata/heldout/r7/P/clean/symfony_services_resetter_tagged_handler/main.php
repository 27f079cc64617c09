<?php
// A long-running Symfony-style HTTP worker boots the kernel once, logs each request through a buffered handler and runs the services resetter after every response.

require __DIR__ . '/DependencyInjection.php';
require __DIR__ . '/Bundles.php';

final class SearchController
{
    public function __construct(private BufferHandler $logger) {}

    public function search(array $query): array
    {
        $hits = array_slice(['laptop', 'lamp', 'ladder', 'lanyard', 'latte'], 0, 1 + strlen($query['q']) % 5);
        $this->logger->handle('info', 'Search for "{q}" returned {count} hits', ['q' => $query['q'], 'count' => count($hits), 'ip' => $query['ip'], 'hits' => $hits]);
        return $hits;
    }
}

$kernel = new Kernel([new FrameworkBundle(), new MonologBundle()]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->boot();
    $container = $kernel->getContainer();
    $controller = new SearchController($container->get('monolog.handler.buffer'));
    $controller->search(['q' => 'la' . str_repeat('p', $i % 7) . $i, 'ip' => '203.0.113.' . ($i % 255)]);
    $container->get('services_resetter')->reset();
}
