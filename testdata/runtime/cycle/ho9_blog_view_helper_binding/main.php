<?php
// A Swoole HTTP server rendering blog articles through views whose helper closures are rebound to each View with bindTo().

require __DIR__ . '/vendor/swoole.php';
require __DIR__ . '/src/View/View.php';
require __DIR__ . '/src/View/ViewFactory.php';
require __DIR__ . '/src/ArticleController.php';

use App\ArticleController;
use App\View\ViewFactory;
use Swoole\Http\Server;

$views = new ViewFactory(require __DIR__ . '/config/view_helpers.php', 'https://cdn.example.com/assets');

$server = new Server('0.0.0.0', 9501);
$server->on('request', [new ArticleController($views), 'show']);
$server->start();
