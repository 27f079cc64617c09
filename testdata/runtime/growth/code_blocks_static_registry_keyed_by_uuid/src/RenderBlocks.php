<?php

namespace App\Highlight;

// Middleware: renders the page, then swaps each block's placeholder for
// its highlighted HTML.
final class RenderBlocks
{
    public function handle(string $path, \Closure $next): string
    {
        $page = $next($path);
        foreach (BlockRegistry::all() as $id => $block) {
            $page = str_replace("[block:$id]", $block->html, $page);
        }

        return $page;
    }
}
