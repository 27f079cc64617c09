<?php
// A ReactPHP HTTP server whose search handler builds a SearchQuery and asks it for a Paginator primed with the hit count on every request.

require __DIR__ . '/vendor/react.php';
require __DIR__ . '/src/Search/Paginator.php';
require __DIR__ . '/src/Search/SearchQuery.php';

use App\Search\SearchQuery;
use React\Http\Message\ServerRequest;
use React\EventLoop\Loop;
use React\Http\HttpServer;
use React\Http\Message\Response;

$index = ['term1 guide', 'term2 manual', 'release notes', 'term3 faq'];

$server = new HttpServer(static function (ServerRequest $request) use ($index): Response {
    $params = $request->getQueryParams();
    $query = new SearchQuery($params['q'], $index);
    $paginator = $query->paginate((int) $params['page']);

    return Response::json(['q' => $query->terms, 'offset' => $paginator->offset(), 'pages' => $paginator->pageCount()]);
});
$server->listen('0.0.0.0:8080');

Loop::run();
