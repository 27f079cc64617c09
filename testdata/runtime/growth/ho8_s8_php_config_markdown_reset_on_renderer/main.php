<?php
// public/index.php under a worker runtime: serves CMS pages rendered from Markdown by one booted kernel.

require __DIR__ . '/vendor/symfony/framework.php';
require __DIR__ . '/src/Cms/Markdown/MarkdownRenderer.php';
require __DIR__ . '/src/Controller/PageController.php';

use App\Controller\PageController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Kernel;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$kernel = new Kernel(__DIR__);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(new Request(['slug' => "v{$i}.0"], ['_controller' => PageController::class]));
}
