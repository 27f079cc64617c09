<?php
// Symfony app in a worker runtime: an invokable controller (#[AsController], #[Route] on the class, __invoke) defers work to
// kernel.terminate by adding a listener to the injected, process-wide dispatcher on every request, and never removes it.

use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Export/CsvExport.php';
require_once __DIR__.'/src/Export/ExportMailer.php';
require_once __DIR__.'/src/Controller/ExportReportController.php';

$kernel = new Kernel('prod', false);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create("/reports/{$i}/export", 'POST', ['email' => "finance{$i}@client.example"]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
