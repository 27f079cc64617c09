<?php

namespace App\Http;

use App\Album\AlbumTreeRepository;
use App\Cdn\PurgeClient;
use App\Cdn\SurrogateKeyCollector;
use Swoole\Http\Request;
use Swoole\Http\Response;

/**
 * POST /albums/{id}/move {"parent": "..."}: moving an album changes the
 * breadcrumbs and share links of everything below it.
 */
final class MoveAlbumHandler
{
    public function __construct(
        private AlbumTreeRepository $albums,
        private SurrogateKeyCollector $keys,
        private PurgeClient $purger,
    ) {
    }

    public function __invoke(Request $request, Response $response, string $albumId): void
    {
        $body = json_decode($request->rawContent(), true);
        $parent = is_array($body) ? (string) ($body['parent'] ?? '') : '';
        if (!preg_match('/^alb_[a-z0-9]{12}$/', $parent)) {
            $response->status(422);
            $response->end('{"error":"invalid_parent"}');

            return;
        }

        $tree = $this->albums->subtree($albumId);
        if ($tree === null) {
            $response->status(404);
            $response->end();

            return;
        }

        $this->albums->move($albumId, $parent);

        $keys = $this->keys->forSubtree($tree);
        foreach (array_chunk($keys, 256) as $batch) {
            $this->purger->purge($batch);
        }

        $response->status(200);
        $response->header('Content-Type', 'application/json');
        $response->end(json_encode(['id' => $albumId, 'parent' => $parent, 'purged' => count($keys)]));
    }
}
