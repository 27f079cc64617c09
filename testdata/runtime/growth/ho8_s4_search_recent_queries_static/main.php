<?php
// Symfony kernel booted once and reused for PHPLEAK_N requests to a #[Route] action of an AbstractController that shows recent searches as suggestions.
use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require __DIR__ . '/vendor/symfony/http-foundation.php';
require __DIR__ . '/vendor/symfony/dependency-injection.php';
require __DIR__ . '/vendor/symfony/http-kernel.php';
foreach (['Kernel', 'Search/RecentQuery', 'Search/ProductIndex', 'Controller/SearchController'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$kernel = new Kernel('prod', false);
$kernel->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create('/search', ['q' => "wireless headphones noise cancelling model {$i}", 'brand' => ['sony', 'bose'][$i % 2], 'max_price' => 300], ['x-user-id' => "u{$i}"]);
    $response = $kernel->handle($request);
}
