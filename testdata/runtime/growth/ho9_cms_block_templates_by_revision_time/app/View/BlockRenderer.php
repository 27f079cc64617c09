<?php
namespace App\View;

final class CompiledTemplate
{
    public function __construct(public readonly string $name, public readonly string $php) {}

    public function render(array $data): string
    {
        return strtr($this->php, array_combine(array_map(fn ($k) => "{{ $k }}", array_keys($data)), array_values($data)));
    }
}

final class BlockRenderer
{
    /** @var array<string, CompiledTemplate> */
    private array $compiled = [];

    public function render(array $block): string
    {
        $key = TemplateKey::for($block);
        $template = $this->compiled[$key] ??= $this->compile($key); // leak

        return $template->render($block['data']);
    }

    private function compile(string $name): CompiledTemplate
    {
        $wrapper = '<section class="block {{ class }}" data-template="' . $name . '"><h2>{{ title }}</h2><div class="body">{{ body }}</div></section>';

        return new CompiledTemplate($name, $wrapper . "\n<!-- compiled " . str_repeat('.', 420) . ' -->');
    }
}

final class TemplateKey
{
    public static function for(array $block): string
    {
        $type = match ($block['type']) {
            'hero', 'gallery', 'quote', 'cta' => $block['type'],
            default => 'generic',
        };

        return "blocks.{$type}@" . $block['updated_at'];
    }
}
