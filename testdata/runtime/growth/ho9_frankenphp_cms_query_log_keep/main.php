<?php
// Symfony CMS running in FrankenPHP worker mode; the page repository logs each SQL statement to a query log that keeps the last N, N from services.yaml.

use App\Controller\PageController;
use App\Debug\QueryLog;
use App\Repository\PageRepository;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\HttpKernel;
use Symfony\Component\Yaml\Yaml;

require __DIR__ . '/stubs/frankenphp.php';
require __DIR__ . '/stubs/symfony.php';
require __DIR__ . '/src/Debug/QueryLog.php';
require __DIR__ . '/src/Repository/PageRepository.php';
require __DIR__ . '/src/Controller/PageController.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);

// what the compiled container builds once per worker
$params = Yaml::parseFile(__DIR__ . '/config/services.yaml')['parameters'];
$controller = new PageController(new PageRepository($params['app.cms.dsn'], new QueryLog($params['app.query_log.keep'])));
$kernel = new HttpKernel(static fn (Request $request) => $controller);

$handler = static function () use ($kernel): void {
    $kernel->handle(Request::createFromGlobals());
};
for ($nbRequests = 0; $nbRequests < $n; ++$nbRequests) {
    if (!frankenphp_handle_request($handler)) {
        break;
    }
}
