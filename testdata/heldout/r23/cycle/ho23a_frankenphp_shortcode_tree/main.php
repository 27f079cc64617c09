<?php

declare(strict_types=1);

require __DIR__ . '/vendor/frankenphp/worker.php';
require __DIR__ . '/src/Shortcode/NodeList.php';
require __DIR__ . '/src/Shortcode/ShortcodeNode.php';
require __DIR__ . '/src/Shortcode/Parser.php';
require __DIR__ . '/src/Shortcode/Renderer.php';
require __DIR__ . '/src/Http/PostController.php';

use App\Http\PostController;
use App\Shortcode\Parser;
use App\Shortcode\Renderer;

ignore_user_abort(true);

$controller = new PostController(new Parser(['gallery', 'caption', 'button', 'embed']), new Renderer());

$handler = static function () use ($controller): void {
    echo $controller->show((int) ($_GET['p'] ?? 0), (int) $_SERVER['REQUEST_TIME']);
};

$maxRequests = (int) (getenv('PHPLEAK_N') ?: 100);
for ($nbRequests = 0; $nbRequests < $maxRequests; ++$nbRequests) {
    $keepRunning = \frankenphp_handle_request($handler);
    if (!$keepRunning) {
        break;
    }
}
