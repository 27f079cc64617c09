<?php

declare(strict_types=1);

/*
 * RoadRunner HTTP worker rendering block-editor posts. Block types are
 * registered once at boot; every request parses the post's blocks and
 * renders them through the type's render callback or the saved markup.
 */

final class BlockType
{
    /** @param (callable(array, string, Block): string)|null $renderCallback */
    public function __construct(
        public readonly string $name,
        public readonly array $attributeDefaults = [],
        public readonly mixed $renderCallback = null,
    ) {
    }
}

final class BlockTypeRegistry
{
    private static ?self $instance = null;

    /** @var array<string, BlockType> */
    private array $types = [];

    public static function instance(): self
    {
        return self::$instance ??= new self();
    }

    public function register(BlockType $type): void
    {
        $this->types[$type->name] = $type;
    }

    public function get(string $name): BlockType
    {
        return $this->types[$name] ?? $this->types['core/missing'];
    }
}

trait ResolvesRenderCallback
{
    /** @return callable(array, string, Block): string */
    private function resolveRenderCallback(BlockType $type): callable
    {
        if ($type->renderCallback !== null) {
            return $type->renderCallback;
        }

        return $this->renderSavedMarkup(...); // leak
    }
}

final class Block
{
    use ResolvesRenderCallback;

    public readonly array $attributes;

    /** @var list<Block> */
    public array $innerBlocks = [];

    /** @var callable(array, string, Block): string */
    private $renderCallback;

    public function __construct(
        public readonly array $parsed,
        BlockTypeRegistry $registry,
        public readonly array $context,
    ) {
        $type = $registry->get($parsed['blockName']);
        $this->attributes = ($parsed['attrs'] ?? []) + $type->attributeDefaults;
        foreach ($parsed['innerBlocks'] ?? [] as $inner) {
            $this->innerBlocks[] = new Block($inner, $registry, $context);
        }
        $this->renderCallback = $this->resolveRenderCallback($type); // leak
    }

    public function render(): string
    {
        $content = '';
        foreach ($this->innerBlocks as $inner) {
            $content .= $inner->render();
        }

        return ($this->renderCallback)($this->attributes, $content, $this);
    }

    private function renderSavedMarkup(array $attributes, string $content, Block $block): string
    {
        $html = $this->parsed['innerHTML'] ?? '';
        if ($content !== '') {
            $html = str_replace('<!--inner-->', $content, $html);
        }
        if (!empty($attributes['className'])) {
            $html = preg_replace('/class="/', 'class="' . $attributes['className'] . ' ', $html, 1);
        }

        return $html;
    }
}

final class LatestPostsBlock
{
    public static function render(array $attributes, string $content, Block $block): string
    {
        $items = '';
        for ($i = 1; $i <= (int) $attributes['postsToShow']; $i++) {
            $items .= sprintf('<li><a href="/?p=%d">Post %d</a></li>', $block->context['postId'] - $i, $block->context['postId'] - $i);
        }

        return '<ul class="wp-block-latest-posts">' . $items . '</ul>';
    }
}

final class BlockPostRepository
{
    public function contentJson(int $postId, int $modified): string
    {
        return json_encode([
            [
                'blockName' => 'core/group',
                'attrs' => ['className' => 'entry-intro'],
                'innerHTML' => '<div class="wp-block-group"><!--inner--></div>',
                'innerBlocks' => [
                    ['blockName' => 'core/paragraph', 'attrs' => [], 'innerBlocks' => [],
                        'innerHTML' => "<p>Opening notes for post {$postId}, revised " . date(DATE_ATOM, $modified) . '. ' . str_repeat('More context follows in this paragraph. ', 4) . '</p>'],
                    ['blockName' => 'core/image', 'attrs' => ['id' => $postId * 10, 'sizeSlug' => 'large'], 'innerBlocks' => [],
                        'innerHTML' => sprintf('<figure class="wp-block-image"><img src="/uploads/%d/hero-%d.jpg" alt="Hero image for %d"/></figure>', date('Y', $modified), $postId, $postId)],
                ],
            ],
            ['blockName' => 'core/latest-posts', 'attrs' => ['postsToShow' => 3], 'innerBlocks' => [], 'innerHTML' => ''],
        ], JSON_THROW_ON_ERROR);
    }
}

/** Minimal stand-in for Spiral\RoadRunner\Http\PSR7Worker. */
final class HttpWorker
{
    private int $served = 0;

    public function __construct(private readonly int $maxJobs)
    {
    }

    public function waitRequest(): ?array
    {
        if ($this->served >= $this->maxJobs) {
            return null;
        }
        $this->served++;

        return ['path' => '/', 'query' => ['p' => 9000 + $this->served], 'time' => 1_700_000_000 + 60 * $this->served];
    }

    public function respond(int $status, string $body): void
    {
    }
}

// ---- boot --------------------------------------------------------------------
$registry = BlockTypeRegistry::instance();
$registry->register(new BlockType('core/group'));
$registry->register(new BlockType('core/paragraph'));
$registry->register(new BlockType('core/image', ['sizeSlug' => 'full']));
$registry->register(new BlockType('core/missing'));
$registry->register(new BlockType('core/latest-posts', ['postsToShow' => 5], [LatestPostsBlock::class, 'render']));
$posts = new BlockPostRepository();

$worker = new HttpWorker((int) (getenv('PHPLEAK_N') ?: 100));
while ($request = $worker->waitRequest()) {
    $postId = (int) $request['query']['p'];
    $html = '';
    foreach (json_decode($posts->contentJson($postId, $request['time']), true, 512, JSON_THROW_ON_ERROR) as $parsed) {
        $html .= (new Block($parsed, BlockTypeRegistry::instance(), ['postId' => $postId]))->render();
    }
    $worker->respond(200, $html);
}
