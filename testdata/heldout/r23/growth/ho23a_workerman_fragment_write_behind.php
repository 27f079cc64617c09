<?php

declare(strict_types=1);

/*
 * Workerman HTTP worker for a magazine theme. Rendered template fragments
 * are written behind to Redis in batches so a page view costs one round trip
 * per batch instead of one per fragment.
 */

/** Stand-in for a pipelined Redis client: serialises the command and sends it. */
final class RedisPipeline
{
    public int $bytesSent = 0;

    /** @param array<string, array{0: string, 1: int}> $entries */
    public function setexMany(array $entries): void
    {
        $payload = '';
        foreach ($entries as $key => [$value, $ttl]) {
            $payload .= sprintf("*4\r\n\$5\r\nSETEX\r\n\$%d\r\n%s\r\n\$%d\r\n%d\r\n\$%d\r\n%s\r\n", strlen($key), $key, strlen((string) $ttl), $ttl, strlen($value), $value);
        }
        $this->bytesSent += strlen($payload);
    }
}

final class FragmentWriteBuffer
{
    /** @var array<string, array{0: string, 1: int}> */
    private array $deferred = [];

    public function __construct(
        private readonly RedisPipeline $redis,
        private readonly int $batchSize,
    ) {
    }

    /** @param array<string, array{0: string, 1: int}> $items */
    public function saveDeferred(array $items): void
    {
        foreach ($items as $key => $item) {
            $this->deferred[$key] = $item; // leak
        }
        if (count($this->deferred) === $this->batchSize) {
            $this->commit();
        }
    }

    public function commit(): void
    {
        if ($this->deferred === []) {
            return;
        }
        $this->redis->setexMany($this->deferred);
        $this->deferred = [];
    }
}

final class FragmentCache
{
    /** @var array<string, array{0: string, 1: int}> */
    private array $rendered = [];

    public function __construct(
        private readonly FragmentWriteBuffer $writer,
        private readonly string $prefix,
    ) {
    }

    /** @param callable(): string $render */
    public function fragment(string $name, array $vary, int $ttl, callable $render): string
    {
        $html = $render();
        $this->rendered[$this->key($name, $vary)] = [$html, $ttl];

        return $html;
    }

    /** Hands this request's fragments to the write-behind buffer in one go. */
    public function endRequest(): void
    {
        $this->writer->saveDeferred($this->rendered);
        $this->rendered = [];
    }

    private function key(string $name, array $vary): string
    {
        return $this->prefix . $name . ':' . implode(':', $vary);
    }
}

final class ArticlePage
{
    public function __construct(private readonly FragmentCache $fragments)
    {
    }

    public function render(array $article, int $siteId): string
    {
        $nav = $this->fragments->fragment('nav', [$siteId], 600, static fn (): string => '<nav><a href="/">Home</a><a href="/culture">Culture</a><a href="/tech">Tech</a></nav>');

        $body = $this->fragments->fragment('article', [$article['id'], $article['modified']], 3600, static function () use ($article): string {
            return sprintf(
                '<article><h1>%s</h1><time datetime="%s"></time><div class="entry">%s</div></article>',
                htmlspecialchars($article['title']),
                date(DATE_ATOM, $article['modified']),
                nl2br(htmlspecialchars($article['body'])),
            );
        });

        $comments = $this->fragments->fragment('comments', [$article['id'], count($article['comments'])], 300, static function () use ($article): string {
            $html = '';
            foreach ($article['comments'] as $comment) {
                $html .= '<li><b>' . htmlspecialchars($comment['author']) . '</b> ' . htmlspecialchars($comment['text']) . '</li>';
            }

            return '<ol class="comments">' . $html . '</ol>';
        });

        $this->fragments->endRequest();

        return $nav . $body . $comments;
    }
}

/** Stand-in for Workerman\Worker driving onMessage with replayed requests. */
final class HttpWorker
{
    /** @var callable(object, array): void */
    public $onMessage;

    public function runAll(int $requests): void
    {
        $connection = new class {
            public function send(string $body): void
            {
            }
        };
        for ($i = 1; $i <= $requests; $i++) {
            ($this->onMessage)($connection, ['path' => '/article/' . (40000 + $i), 'time' => 1_700_000_000 + $i]);
        }
    }
}

// ---- boot ----------------------------------------------------------------------
$config = ['fragments' => ['prefix' => 'frag:v3:', 'batch' => 50]];
$redis = new RedisPipeline();
$writer = new FragmentWriteBuffer($redis, $config['fragments']['batch']);
$page = new ArticlePage(new FragmentCache($writer, $config['fragments']['prefix']));

$worker = new HttpWorker();
$worker->onMessage = static function (object $connection, array $request) use ($page): void {
    $id = (int) basename($request['path']);
    $article = [
        'id' => $id,
        'modified' => $request['time'] - 86400,
        'title' => "Dispatch #{$id}: notes from the field",
        'body' => "Filed {$id}.\n" . str_repeat("Reporting continues on the ground with new interviews and photos.\n", 3),
        'comments' => [
            ['author' => 'reader' . ($id % 97), 'text' => "Great piece, thanks for covering story {$id}."],
            ['author' => 'editor', 'text' => 'Updated with corrections.'],
        ],
    ];
    $connection->send($page->render($article, 1));
};
$worker->runAll((int) (getenv('PHPLEAK_N') ?: 100));
