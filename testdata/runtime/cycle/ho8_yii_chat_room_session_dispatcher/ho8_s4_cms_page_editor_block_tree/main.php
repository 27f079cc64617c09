<?php
// Symfony kernel booted once and reused for PHPLEAK_N requests to a CMS page-editor #[Route] action that builds the page's block tree before rendering.
use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require __DIR__ . '/vendor/symfony/http-foundation.php';
require __DIR__ . '/vendor/symfony/dependency-injection.php';
require __DIR__ . '/vendor/symfony/http-kernel.php';
foreach (['Kernel', 'PageBuilder/Block', 'Controller/Admin/PageEditorController'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$kernel = new Kernel('prod', false);
$kernel->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $response = $kernel->handle(Request::create("/admin/pages/spring-campaign-{$i}/edit"));
}
