<?php

// A documentation site in an Octane-style worker: each page renders a
// few code blocks, each registered in a static registry under its own
// new uuid; the middleware uses them but never clears the registry.

require __DIR__ . '/vendor/illuminate/Str.php';
require __DIR__ . '/src/Block.php';
require __DIR__ . '/src/BlockRegistry.php';
require __DIR__ . '/src/RenderBlocks.php';

use App\Highlight\Block;
use App\Highlight\BlockRegistry;
use App\Highlight\RenderBlocks;

function render_page(string $path): string
{
    $page = "<h1>$path</h1>";
    foreach (['php', 'bash'] as $language) {
        $block = (new Block($language))->code("echo 'example for $path in $language';");
        BlockRegistry::register($block);
        $page .= "[block:{$block->id}]";
    }

    return $page;
}

$middleware = new RenderBlocks();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $middleware->handle("/docs/page-$i", 'render_page'(...));
}
