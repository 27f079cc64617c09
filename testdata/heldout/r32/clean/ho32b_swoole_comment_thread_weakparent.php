<?php
// Swoole HTTP server rendering the comment thread under an article.
// Comments are loaded flat from the store and assembled into a tree per request.

namespace Swoole\Http {

    final class Request
    {
        public array $get = [];
        public array $header = [];
    }

    final class Response
    {
        public function header(string $key, string $value): void
        {
        }

        public function end(string $content = ''): void
        {
        }
    }

    final class Server
    {
        private array $callbacks = [];

        public function __construct(public string $host, public int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function start(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $request = new Request();
                $request->get = ['article' => (string) (90210 + $i), 'sort' => $i % 2 ? 'newest' : 'oldest'];
                $request->header = ['accept-language' => 'en-GB'];
                ($this->callbacks['request'])($request, new Response());
            }
        }
    }
}

namespace Ledger\Comments {

    final class Comment
    {
        /** @var \WeakReference<Comment>|null */
        private ?\WeakReference $parent = null;
        /** @var list<Comment> */
        private array $replies = [];

        public function __construct(
            public readonly int $id,
            public readonly string $author,
            public readonly string $body,
            public readonly int $postedAt,
        ) {
        }

        public function setParent(?Comment $parent): void
        {
            $this->parent = $parent === null ? null : \WeakReference::create($parent);
        }

        public function addReply(Comment $reply): void
        {
            $reply->setParent($this);
            $this->replies[] = $reply;
        }

        public function depth(): int
        {
            $parent = $this->parent?->get();
            return $parent === null ? 0 : $parent->depth() + 1;
        }

        /** @return list<Comment> */
        public function replies(): array
        {
            return $this->replies;
        }
    }

    final class CommentThread
    {
        /** @param list<Comment> $roots */
        public function __construct(public readonly int $articleId, private array $roots)
        {
        }

        /** @return list<Comment> */
        public function roots(): array
        {
            return $this->roots;
        }
    }

    final class CommentStore
    {
        /** @return list<array{id:int, parent_id:?int, author:string, body:string, posted_at:int}> */
        public function rowsForArticle(int $articleId): array
        {
            $base = $articleId * 10;
            return [
                ['id' => $base + 1, 'parent_id' => null, 'author' => 'reader_' . ($articleId % 97), 'body' => "This is the third budget overrun reported on article {$articleId} this year; who signs these contracts off?", 'posted_at' => 1709290000 + $articleId],
                ['id' => $base + 2, 'parent_id' => $base + 1, 'author' => 'ledger_moderator', 'body' => 'Please keep the discussion on topic and avoid naming private individuals. The council has been asked to comment.', 'posted_at' => 1709290300 + $articleId],
                ['id' => $base + 3, 'parent_id' => $base + 1, 'author' => 'civic_watch_' . ($articleId % 13), 'body' => 'Minutes from the finance committee are public, page 14 lists the sign-off chain for everything above the threshold.', 'posted_at' => 1709290600 + $articleId],
                ['id' => $base + 4, 'parent_id' => $base + 3, 'author' => 'reader_' . ($articleId % 89), 'body' => 'Thanks, found it. Worth noting the threshold itself was raised last spring without a public vote.', 'posted_at' => 1709290900 + $articleId],
            ];
        }
    }

    final class ThreadBuilder
    {
        public function __construct(private CommentStore $store)
        {
        }

        public function forArticle(int $articleId): CommentThread
        {
            $byId = [];
            $roots = [];
            foreach ($this->store->rowsForArticle($articleId) as $row) {
                $comment = new Comment($row['id'], $row['author'], $row['body'], $row['posted_at']);
                $byId[$row['id']] = $comment;
                if ($row['parent_id'] !== null && isset($byId[$row['parent_id']])) {
                    $byId[$row['parent_id']]->addReply($comment);
                } else {
                    $roots[] = $comment;
                }
            }
            return new CommentThread($articleId, $roots);
        }
    }

    final class ThreadRenderer
    {
        public function render(CommentThread $thread, string $sort): string
        {
            $roots = $thread->roots();
            if ($sort === 'newest') {
                usort($roots, fn (Comment $a, Comment $b) => $b->postedAt <=> $a->postedAt);
            }
            $html = '<section class="comments" data-article="' . $thread->articleId . '">';
            foreach ($roots as $root) {
                $html .= $this->renderComment($root);
            }
            return $html . '</section>';
        }

        private function renderComment(Comment $comment): string
        {
            $html = sprintf(
                '<div class="comment depth-%d" id="c%d"><b>%s</b><p>%s</p>',
                $comment->depth(),
                $comment->id,
                htmlspecialchars($comment->author),
                htmlspecialchars($comment->body),
            );
            foreach ($comment->replies() as $reply) {
                $html .= $this->renderComment($reply);
            }
            return $html . '</div>';
        }
    }
}

namespace {

    use Ledger\Comments\CommentStore;
    use Ledger\Comments\ThreadBuilder;
    use Ledger\Comments\ThreadRenderer;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $builder = new ThreadBuilder(new CommentStore());
    $renderer = new ThreadRenderer();

    $server = new Server('0.0.0.0', 9501);
    $server->on('request', function (Request $request, Response $response) use ($builder, $renderer): void {
        $thread = $builder->forArticle((int) ($request->get['article'] ?? 0));
        $response->header('Content-Type', 'text/html; charset=utf-8');
        $response->end($renderer->render($thread, $request->get['sort'] ?? 'oldest'));
    });
    $server->start();
}
