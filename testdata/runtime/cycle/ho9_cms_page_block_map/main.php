<?php
// A FrankenPHP worker script rendering CMS pages whose blocks are instantiated from a type => class map in config.

require __DIR__ . '/vendor/frankenphp.php';
require __DIR__ . '/src/Cms/Block/Block.php';
require __DIR__ . '/src/Cms/Page.php';
require __DIR__ . '/src/Cms/PageRenderer.php';

$renderer = new App\Cms\PageRenderer(require __DIR__ . '/config/blocks.php');

$handler = static function () use ($renderer): void {
    $html = $renderer->render($_GET['slug']);
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
