<?php
// A multi-tenant docs site run in a worker loop whose tenant middleware re-registers one Str URL macro bound to the tenant of each request.

require __DIR__ . '/vendor/illuminate.php';
require __DIR__ . '/app/Models/Tenant.php';
require __DIR__ . '/app/Http/Middleware/IdentifyTenant.php';
require __DIR__ . '/app/Http/Controllers/DocsController.php';

use App\Http\Controllers\DocsController;
use App\Http\Middleware\IdentifyTenant;
use Illuminate\Foundation\Http\Kernel;
use Illuminate\Http\Request;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$docs = new DocsController();
$kernel = new Kernel([new IdentifyTenant()], fn (Request $r): string => $docs->show($r));

for ($i = 0; $i < $n; $i++) {
    $kernel->handle(new Request("acme{$i}.docs.example.com", "/guides/Getting Started {$i}"));
}
