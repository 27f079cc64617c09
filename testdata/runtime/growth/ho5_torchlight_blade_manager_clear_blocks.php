<?php
// An Octane docs site renders code samples through Torchlight; BladeManager keeps every registered block in a static array that is never cleared after the response is rendered.
// https://github.com/torchlight-api/torchlight-laravel/pull/41

final class Block
{
    public string $highlighted = '';
    public readonly string $id;

    public function __construct(public readonly string $language, public readonly string $code, public readonly string $theme)
    {
        $this->id = 'torchlight-' . md5($language . $theme . $code);
    }

    public function placeholder(): string
    {
        return "__{$this->id}__";
    }
}

final class Torchlight
{
    public function highlight(array $blocks): void
    {
        foreach ($blocks as $block) {
            $lines = explode("\n", htmlspecialchars($block->code));
            $block->highlighted = '<code class="torchlight">' . implode('', array_map(fn ($l) => "<div class=\"line\">{$l}</div>", $lines)) . '</code>';
        }
    }
}

final class BladeManager
{
    protected static array $blocks = [];

    public static function registerBlock(Block $block): void
    {
        static::$blocks[$block->id] = $block; // leak
    }

    public static function getBlocks(): array
    {
        return static::$blocks;
    }

    public static function clearBlocks(): void
    {
        static::$blocks = [];
    }

    public static function renderContent(string $content, Torchlight $client): string
    {
        $blocks = static::getBlocks();
        $client->highlight(array_filter($blocks, fn (Block $b) => $b->highlighted === ''));
        foreach ($blocks as $block) {
            $content = str_replace($block->placeholder(), $block->highlighted, $content);
        }
        return $content;
    }
}

final class RenderTorchlight
{
    public function __construct(private Torchlight $client) {}

    public function handle(string $html): string
    {
        return BladeManager::renderContent($html, $this->client);
    }
}

final class DocsController
{
    public function show(int $page): string
    {
        $html = "<h1>Recipe {$page}</h1>";
        foreach (['php', 'bash'] as $language) {
            $code = $language === 'php'
                ? "\$queue->push(new ProcessPodcast(\$podcast{$page}));\n// retries: 3, backoff: [10, 60, 300]\nPodcast::query()->whereKey({$page})->update(['status' => 'queued']);"
                : "php artisan queue:work redis --queue=podcasts-{$page} --tries=3 --max-jobs=1000 --memory=256";
            $block = new Block($language, $code, 'github-light');
            BladeManager::registerBlock($block);
            $html .= "<pre>{$block->placeholder()}</pre>";
        }
        return $html;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new DocsController();
$middleware = new RenderTorchlight(new Torchlight());
for ($i = 0; $i < $n; $i++) {
    $middleware->handle($controller->show($i));
}
