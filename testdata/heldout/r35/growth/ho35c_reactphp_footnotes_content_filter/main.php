<?php

declare(strict_types=1);

// A WordPress-compatible content renderer running as a long-lived ReactPHP
// HTTP server: plugins are loaded once, then each request renders one post
// through the_content filters.

require __DIR__ . '/vendor/react-http/src/HttpServer.php';
require __DIR__ . '/vendor/wp-hooks/plugin.php';
require __DIR__ . '/app/Plugins/Footnotes.php';
require __DIR__ . '/app/Plugins/ReadingTime.php';
require __DIR__ . '/app/PostRenderer.php';

use App\Plugins\Footnotes;
use App\Plugins\ReadingTime;
use App\PostRenderer;
use React\Http\HttpServer;
use React\Http\Message\Response;
use React\Http\Message\ServerRequest;

add_filter('the_content', 'trim', 1);
add_filter('the_content', [new ReadingTime(230), 'prepend'], 5);

$renderer = new PostRenderer(new Footnotes('fn'));

$server = new HttpServer(static function (ServerRequest $request) use ($renderer): Response {
    $post = $request->getAttribute('post');

    return new Response(200, ['Content-Type' => 'text/html'], $renderer->render($post));
});

$server->serve((static function (int $n): Generator {
    for ($i = 1; $i <= $n; $i++) {
        $id = 23000 + $i;
        yield new ServerRequest('GET', "/wp-json/render/posts/{$id}", ['post' => [
            'ID' => $id,
            'post_title' => "Field guide to urban birds, part {$id}",
            'post_content' => "  <p>Swifts arrive in early May((They leave again in August, see note {$id}.)) and nest under roof tiles.</p>"
                . "<p>Starlings gather at dusk((Murmurations of up to {$i} thousand birds were counted in {$id}.)) over the pier.</p>  ",
        ]]);
    }
})((int) (getenv('PHPLEAK_N') ?: 100)));
