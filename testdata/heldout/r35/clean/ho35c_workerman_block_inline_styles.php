<?php

declare(strict_types=1);

// Workerman HTTP worker serving pages composed in a block-based page builder.
// Live blocks are addressable by handle while a page renders, so inner
// blocks and the asset collector can reach them.

namespace Workerman {
    // Minimal stand-in for the Workerman worker and connection.
    final class TcpConnection
    {
        public int $bytesSent = 0;

        public function send(string $body): void
        {
            $this->bytesSent += strlen($body);
        }
    }

    final class Worker
    {
        /** @var callable|null */
        public $onMessage = null;

        public function __construct(public string $socketName)
        {
        }

        public function serve(iterable $requests): void
        {
            $connection = new TcpConnection();
            foreach ($requests as $request) {
                ($this->onMessage)($connection, $request);
            }
        }
    }
}

namespace PageBuilder {
    final class InvalidBlock extends \RuntimeException
    {
    }

    trait HasLiveHandles
    {
        /** @var array<int, self> */
        private static array $live = [];

        protected static function register(self $block): int
        {
            $handle = \spl_object_id($block);
            self::$live[$handle] = $block;

            return $handle;
        }

        protected static function release(int $handle): void
        {
            unset(self::$live[$handle]);
        }

        public static function byHandle(int $handle): ?self
        {
            return self::$live[$handle] ?? null;
        }
    }

    abstract class Block
    {
        use HasLiveHandles;

        public readonly int $handle;

        final public function __construct(protected array $attributes)
        {
            $this->handle = static::register($this);
        }

        abstract public function render(): string;

        public function inlineStyle(): string
        {
            return '';
        }

        public function dispose(): void
        {
            static::release($this->handle);
        }
    }

    final class HeadingBlock extends Block
    {
        public function render(): string
        {
            $level = max(1, min(6, (int) ($this->attributes['level'] ?? 2)));

            return "<h{$level} data-block=\"{$this->handle}\">" . htmlspecialchars($this->attributes['content'] ?? '') . "</h{$level}>";
        }
    }

    final class EmbedBlock extends Block
    {
        public function render(): string
        {
            $url = $this->attributes['url'] ?? '';
            if (!str_starts_with($url, 'https://')) {
                throw new InvalidBlock("Embed {$url} is not served over https");
            }

            return '<figure class="wp-block-embed" data-block="' . $this->handle . '"><iframe src="' . htmlspecialchars($url) . '"></iframe><figcaption>'
                . htmlspecialchars($this->attributes['caption'] ?? '') . '</figcaption></figure>';
        }

        public function inlineStyle(): string
        {
            return '[data-block="' . $this->handle . '"]{aspect-ratio:' . ($this->attributes['ratio'] ?? '16/9') . '}';
        }
    }

    final class BlockFactory
    {
        /** @param array<string, class-string<Block>> $types */
        public function __construct(private array $types)
        {
        }

        public function make(array $data): Block
        {
            $class = $this->types[$data['type']] ?? throw new InvalidBlock('Unknown block ' . $data['type']);

            return new $class($data['attrs']);
        }
    }

    final class PageRenderer
    {
        public function __construct(private BlockFactory $factory)
        {
        }

        public function render(array $page): string
        {
            $html = '';
            $styles = '';
            foreach ($page['blocks'] as $data) {
                $block = $this->factory->make($data);
                try {
                    $html .= $block->render();
                    $styles .= $block->inlineStyle();
                } finally {
                    $block->dispose();
                }
            }

            return "<style>{$styles}</style><main class=\"page-{$page['id']}\">{$html}</main>";
        }
    }
}

namespace {
    use PageBuilder\BlockFactory;
    use PageBuilder\EmbedBlock;
    use PageBuilder\HeadingBlock;
    use PageBuilder\PageRenderer;
    use Workerman\Worker;

    $renderer = new PageRenderer(new BlockFactory([
        'core/heading' => HeadingBlock::class,
        'core/embed' => EmbedBlock::class,
    ]));

    $worker = new Worker('http://0.0.0.0:8080');
    $worker->onMessage = static function ($connection, array $request) use ($renderer): void {
        try {
            $connection->send($renderer->render($request['page']));
        } catch (\Throwable $e) {
            $connection->send('<h1>Something went wrong</h1>');
        }
    };

    $requests = (static function (int $n): \Generator {
        for ($i = 1; $i <= $n; $i++) {
            $pageId = 3100 + $i;
            $scheme = $i % 2 === 0 ? 'https' : 'http';
            yield ['page' => [
                'id' => $pageId,
                'blocks' => [
                    ['type' => 'core/heading', 'attrs' => ['level' => 2, 'content' => "Venue walkthrough {$pageId}"]],
                    ['type' => 'core/embed', 'attrs' => [
                        'url' => "{$scheme}://video.example-host.test/watch/v{$pageId}x" . substr(md5((string) $pageId), 0, 10),
                        'ratio' => '16/9',
                        'caption' => "Recorded on site for page {$pageId}: the main hall, the foyer and the garden terrace, "
                            . 'with notes on capacity, step-free access, parking, catering partners and what the room looks like when it is set for a seated dinner. '
                            . str_repeat("Chapter {$pageId}. ", 90),
                    ]],
                ],
            ]];
        }
    })((int) (getenv('PHPLEAK_N') ?: 100));

    $worker->serve($requests);
}
