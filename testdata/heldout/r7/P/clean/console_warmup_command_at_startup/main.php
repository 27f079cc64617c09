<?php
// An admin HTTP worker that runs the cache:warmup console command once at startup; its cache controller calls the warmer directly per request.

require __DIR__ . '/Console.php';
require __DIR__ . '/Cache.php';

final class CacheAdminController
{
    public function __construct(private ConsoleApplication $console, private TemplateCacheWarmer $warmer) {}

    public function warm(array $request): array
    {
        $manifest = $this->warmer->warmUp($request['pool']);
        return ['status' => $manifest ? 200 : 500, 'pool' => $request['pool']];
    }
}

$templates = ['layout', 'product/show', 'product/list', 'cart/summary', 'checkout/address'];
$warmer = new TemplateCacheWarmer($templates);
$console = new ConsoleApplication();
$console->add(new CacheWarmupCommand($warmer, '/nonexistent/var/cache/prod'));
$console->run('cache:warmup', ['pool' => 'twig']);
$controller = new CacheAdminController($console, $warmer);

$pools = ['twig', 'blade'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->warm(['pool' => $pools[$i % 2], 'id' => $i]);
}
