<?php

declare(strict_types=1);

require __DIR__ . '/vendor/react/http.php';
require __DIR__ . '/vendor/wpcore/wpdb.php';
require __DIR__ . '/src/options.php';
require __DIR__ . '/src/Network.php';
require __DIR__ . '/src/Widgets/RelatedPostsWidget.php';

use React\EventLoop\Loop;
use React\Http\HttpServer;
use React\Http\Message\Response;
use React\Http\Message\ServerRequest;
use React\Socket\SocketServer;

network_db(new wpdb());
$network = new Network([
    'www.example.test' => 1,
    'news.example.test' => 2,
    'shop.example.test' => 3,
    'docs.example.test' => 4,
]);
$widget = new RelatedPostsWidget();

$server = new HttpServer(static function (ServerRequest $request) use ($network, $widget): Response {
    $blogId = $network->siteIdForHost($request->getHeaderLine('Host'));
    $postId = (int) ($request->getQueryParams()['p'] ?? 0);
    $perPage = (int) get_blog_option_cached($blogId, 'posts_per_page', 10);

    $body = sprintf('<main data-per-page="%d"><h1>%s</h1></main>', $perPage, htmlspecialchars((string) get_blog_option_cached($blogId, 'blogdescription')))
        . $widget->render($blogId, $postId);

    return new Response(200, ['Content-Type' => 'text/html'], $body);
});
$server->listen(new SocketServer('0.0.0.0:8080'));

Loop::run();
