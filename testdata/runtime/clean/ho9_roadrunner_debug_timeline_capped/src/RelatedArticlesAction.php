<?php

namespace App\Http;

use App\Debug\Timeline;
use Spiral\RoadRunner\Http\Request;

final class RelatedArticlesAction
{
    public function __construct(private Timeline $timeline) {}

    public function __invoke(Request $request): string
    {
        $events = ['request.start' => $request->method . ' ' . $request->uri . ' ' . $request->headers['User-Agent'][0]];

        $articleId = (int) explode('/', $request->uri)[3];
        $events['db.query'] = sprintf('SELECT id, title FROM articles WHERE topic_id = (SELECT topic_id FROM articles WHERE id = %d) AND id <> %d ORDER BY published_at DESC LIMIT %d', $articleId, $articleId, (int) $request->query['limit']);

        $body = json_encode(array_map(fn (int $k) => ['id' => $articleId + $k, 'title' => "Article " . ($articleId + $k)], range(1, 10)));
        $events['response.sent'] = '200 ' . strlen($body) . ' bytes';

        $this->timeline->recordRequest($request->headers['X-Request-Id'][0], $events);
        return $body;
    }
}
